package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.TypingChanged;
import io.parley.application.fake.ConversationFakes;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class IndicateTypingServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final IndicateTypingUseCase typing =
            new IndicateTypingService(fakes.store, fakes.users, fakes.events, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");

    @Test
    void theOtherMembersAreToldAndTheTypistIsNot() {
        ChatAddress group =
                ChatAddress.group(fakes.group("Team", alice, bob, carol).value());

        typing.indicate(new IndicateTypingCommand(bob, group, true));
        typing.indicate(new IndicateTypingCommand(bob, group, false));

        assertThat(fakes.events.eventsOf(TypingChanged.class))
                .extracting(TypingChanged::typing)
                .containsExactly(true, false);
        TypingChanged first = fakes.events.eventsOf(TypingChanged.class).get(0);
        assertThat(first.audience()).containsExactlyInAnyOrder(alice, carol);
        assertThat(first.typistName()).isEqualTo("Bob");
    }

    @Test
    void anOutsiderCannotTypeIntoAChat() {
        ChatAddress chat = ChatAddress.privateChat(fakes.privateChat(alice, bob).value());

        assertThatThrownBy(() -> typing.indicate(new IndicateTypingCommand(carol, chat, true)))
                .isInstanceOf(ChatNotFoundException.class);
        assertThat(fakes.events.events()).isEmpty();
    }
}
