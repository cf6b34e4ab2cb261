package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.ParticipantView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetGroupServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final GetGroupUseCase get = new GetGroupService(fakes.store, fakes.transactions);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");

    @Test
    void memberSeesTheGroupAndItsMembersLongestStandingFirst() {
        ChatId team = fakes.group("Team", bob, carol, alice);

        GroupDetails details = get.get(new GetGroupQuery(alice, team));

        assertThat(details.group().name()).isEqualTo("Team");
        assertThat(details.group().ownerId()).isEqualTo(bob.value());
        assertThat(details.members()).extracting(ParticipantView::name).containsExactly("Bob", "Carol", "Alice");
        assertThat(details.members())
                .extracting(ParticipantView::role)
                .containsExactly(MemberRole.OWNER, MemberRole.MEMBER, MemberRole.MEMBER);
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        ChatId team = fakes.group("Team", alice, bob);
        assertThatThrownBy(() -> get.get(new GetGroupQuery(dave, team)))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("group.not_found"));
    }

    @Test
    void aPrivateChatIsNotReachableAsAGroup() {
        ChatId chat = fakes.privateChat(alice, bob);
        assertThatThrownBy(() -> get.get(new GetGroupQuery(alice, chat))).isInstanceOf(ChatNotFoundException.class);
    }
}
