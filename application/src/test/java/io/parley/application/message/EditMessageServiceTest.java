package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageEdited;
import io.parley.application.model.MessageView;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.message.NotMessageAuthorException;
import io.parley.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EditMessageServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final MessageView original = m.say(m.alice, chat, "helo");

    @Test
    void authorEditsTheTextAndMembersHearOfItAfterCommit() {
        m.fakes.clock.advance(Duration.ofMinutes(1));

        MessageView edited = edit(m.alice, original.id(), " hello ");

        assertThat(edited.text()).isEqualTo("hello");
        assertThat(edited.editedAt()).isEqualTo(m.fakes.clock.now());
        assertThat(edited.sentAt()).isEqualTo(original.sentAt());
        assertThat(edited.seq()).isEqualTo(original.seq());
        assertThat(m.latest(m.bob, chat).messages().get(0).text()).isEqualTo("hello");
        assertThat(m.fakes.events.eventsOf(MessageEdited.class)).singleElement().satisfies(event -> {
            assertThat(event.message()).isEqualTo(edited);
            assertThat(event.audience()).containsExactlyInAnyOrder(m.alice, m.bob);
        });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void onlyTheAuthorEdits() {
        m.fakes.events.clear();
        assertThatThrownBy(() -> edit(m.bob, original.id(), "bob was here"))
                .isInstanceOfSatisfying(
                        NotMessageAuthorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
        assertThat(m.latest(m.alice, chat).messages().get(0).text()).isEqualTo("helo");
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheChatDoesNotExist() {
        m.fakes.events.clear();
        assertThatThrownBy(() -> edit(m.carol, original.id(), "hi")).isInstanceOf(ChatNotFoundException.class);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void aDeletedMessageCannotBeEdited() {
        m.delete.delete(new DeleteMessageCommand(m.alice, chat, MessageId.of(original.id())));
        assertThatThrownBy(() -> edit(m.alice, original.id(), "back"))
                .isInstanceOfSatisfying(
                        MessageNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("message.not_found"));
    }

    @Test
    void aMessageOfAnotherChatIsNotFoundThroughThisOne() {
        ChatAddress other = m.privateChat(m.alice, m.carol);
        MessageView elsewhere = m.say(m.alice, other, "to carol");

        assertThatThrownBy(() -> edit(m.alice, elsewhere.id(), "moved")).isInstanceOf(MessageNotFoundException.class);
    }

    @Test
    void invalidTextIsRefused() {
        assertThatThrownBy(() -> edit(m.alice, original.id(), "nul\u0000"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("message.invalid_text"));
    }

    private MessageView edit(UserId actor, long message, String text) {
        return m.edit.edit(new EditMessageCommand(actor, chat, MessageId.of(message), text));
    }
}
