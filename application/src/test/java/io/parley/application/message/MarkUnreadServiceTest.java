package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MarkedUnread;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import org.junit.jupiter.api.Test;

class MarkUnreadServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final MessageView one = m.say(m.bob, chat, "one");
    private final MessageView two = m.say(m.bob, chat, "two");
    private final MessageView three = m.say(m.bob, chat, "three");

    @Test
    void markingUnreadMovesTheOwnPointerBackAndTellsOnlyTheReader() {
        m.read(m.alice, chat, three);
        m.fakes.events.clear();

        UnreadState state = m.unread(m.alice, chat, two);

        assertThat(state.readSeq()).isEqualTo(1);
        assertThat(state.unreadCount()).isEqualTo(2);
        assertThat(state.moved()).isTrue();
        assertThat(m.fakes.store.readPointer(chat.id(), m.alice)).isEqualTo(1);
        assertThat(m.fakes.events.eventsOf(MarkedUnread.class)).singleElement().satisfies(event -> {
            assertThat(event.messageId()).isEqualTo(two.id());
            assertThat(event.readSeq()).isEqualTo(1);
            assertThat(event.unreadCount()).isEqualTo(2);
            assertThat(event.audience()).containsExactly(m.alice);
        });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void theAuthorStillSeesTheMessagesReadAfterAMarkUnread() {
        m.read(m.alice, chat, three);
        m.unread(m.alice, chat, one);

        assertThat(m.latest(m.bob, chat).messages())
                .extracting(MessageView::read)
                .containsExactly(true, true, true);
    }

    @Test
    void readingAgainBehindTheReceiptTellsOnlyTheReadersOwnSockets() {
        m.read(m.alice, chat, three);
        m.unread(m.alice, chat, one);
        m.fakes.events.clear();

        ReadState state = m.read(m.alice, chat, two);

        assertThat(state.readSeq()).isEqualTo(2);
        assertThat(m.fakes.events.eventsOf(ReadPointerMoved.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.audience()).containsExactly(m.alice);
                    assertThat(event.bySending()).isTrue();
                    // the pointer's message was read by everyone before: said again only to the reader
                    assertThat(event.readByAll())
                            .singleElement()
                            .satisfies(r -> assertThat(r.messageId()).isEqualTo(two.id()));
                });
    }

    @Test
    void aMessageThatIsUnreadAlreadyChangesNothing() {
        m.read(m.alice, chat, one);
        m.fakes.events.clear();

        UnreadState state = m.unread(m.alice, chat, three);

        assertThat(state.moved()).isFalse();
        assertThat(state.readSeq()).isEqualTo(1);
        assertThat(state.unreadCount()).isEqualTo(2);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void anOutsiderCannotMarkUnread() {
        m.fakes.events.clear();

        assertThatThrownBy(() -> m.unread(m.carol, chat, two)).isInstanceOf(ChatNotFoundException.class);
        assertThat(m.fakes.events.events()).isEmpty();
    }
}
