package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageDeleted;
import io.parley.application.model.MessageView;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageDeletionForbiddenException;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class DeleteMessageServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress team = m.group(m.alice, m.bob, m.carol);

    @Test
    void authorDeletesAndTheMessageIsGoneForEveryone() {
        MessageView message = m.say(m.bob, team, "oops");
        m.fakes.events.clear();

        delete(m.bob, team, message);

        assertThat(m.latest(m.carol, team).messages()).isEmpty();
        assertThat(m.fakes.events.eventsOf(MessageDeleted.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.chat()).isEqualTo(team.id());
                    assertThat(event.message().value()).isEqualTo(message.id());
                    assertThat(event.seq()).isEqualTo(message.seq());
                    assertThat(event.audience()).containsExactlyInAnyOrder(m.alice, m.bob, m.carol);
                });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void groupOwnerMayDeleteSomeoneElsesMessage() {
        MessageView message = m.say(m.bob, team, "off topic");
        delete(m.alice, team, message);
        assertThat(m.latest(m.alice, team).messages()).isEmpty();
    }

    @Test
    void plainMemberMayNotDeleteSomeoneElsesMessage() {
        MessageView message = m.say(m.bob, team, "mine");
        m.fakes.events.clear();

        assertThatThrownBy(() -> delete(m.carol, team, message))
                .isInstanceOfSatisfying(
                        MessageDeletionForbiddenException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
        assertThat(m.latest(m.alice, team).messages()).hasSize(1);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void inAPrivateChatOnlyTheAuthorMayDelete() {
        ChatAddress chat = m.privateChat(m.alice, m.bob);
        MessageView message = m.say(m.alice, chat, "mine");

        assertThatThrownBy(() -> delete(m.bob, chat, message)).isInstanceOf(MessageDeletionForbiddenException.class);
        delete(m.alice, chat, message);
        assertThat(m.latest(m.bob, chat).messages()).isEmpty();
    }

    @Test
    void outsiderIsToldTheChatDoesNotExist() {
        MessageView message = m.say(m.bob, team, "members only");
        m.fakes.events.clear();

        assertThatThrownBy(() -> delete(m.dave, team, message)).isInstanceOf(ChatNotFoundException.class);
        assertThat(m.latest(m.alice, team).messages()).hasSize(1);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void deletingTwiceFindsNothingTheSecondTime() {
        MessageView message = m.say(m.bob, team, "once");
        delete(m.bob, team, message);
        assertThatThrownBy(() -> delete(m.bob, team, message)).isInstanceOf(MessageNotFoundException.class);
        assertThat(m.fakes.events.eventsOf(MessageDeleted.class)).hasSize(1);
    }

    private void delete(UserId actor, ChatAddress chat, MessageView message) {
        m.delete.delete(new DeleteMessageCommand(actor, chat, MessageId.of(message.id())));
    }
}
