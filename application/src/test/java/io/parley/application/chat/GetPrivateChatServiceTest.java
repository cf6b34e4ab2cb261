package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.ParticipantView;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetPrivateChatServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final GetPrivateChatUseCase get = new GetPrivateChatService(fakes.store, fakes.transactions);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");

    @Test
    void memberSeesBothMembersAndTheOthersName() {
        ChatId chat = fakes.privateChat(bob, alice);

        PrivateChatView view = get.get(new GetPrivateChatQuery(alice, chat));

        assertThat(view.id()).isEqualTo(chat.value());
        assertThat(view.name()).isEqualTo("Bob");
        assertThat(view.created()).isFalse();
        assertThat(view.members()).extracting(ParticipantView::username).containsExactly("alice", "bob");
        assertThat(view.members()).extracting(ParticipantView::role).containsOnly(MemberRole.MEMBER);
    }

    @Test
    void outsiderIsToldTheChatDoesNotExist() {
        ChatId chat = fakes.privateChat(alice, bob);
        assertThatThrownBy(() -> get.get(new GetPrivateChatQuery(carol, chat)))
                .isInstanceOfSatisfying(ChatNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("chat.not_found");
                });
    }

    @Test
    void aGroupIsNotReachableAsAPrivateChat() {
        ChatId group = fakes.group("Team", alice, bob);
        assertThatThrownBy(() -> get.get(new GetPrivateChatQuery(alice, group)))
                .isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void missingChatLooksLikeAForeignOne() {
        assertThatThrownBy(() -> get.get(new GetPrivateChatQuery(alice, ChatId.of(404))))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("chat.not_found"));
    }
}
