package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ReadPointerMoved;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import org.junit.jupiter.api.Test;

class MarkReadServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final MessageView one = m.say(m.bob, chat, "one");
    private final MessageView two = m.say(m.bob, chat, "two");
    private final MessageView three = m.say(m.bob, chat, "three");

    @Test
    void readingMovesThePointerAndTellsTheMembersAfterCommit() {
        m.fakes.events.clear();

        ReadState state = m.read(m.alice, chat, two);

        assertThat(state.readSeq()).isEqualTo(2);
        assertThat(state.moved()).isTrue();
        assertThat(m.fakes.store.readPointer(chat.id(), m.alice)).isEqualTo(2);
        assertThat(m.fakes.events.eventsOf(ReadPointerMoved.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.chat()).isEqualTo(chat.id());
                    assertThat(event.reader()).isEqualTo(m.alice);
                    assertThat(event.seq()).isEqualTo(2);
                    assertThat(event.audience()).containsExactlyInAnyOrder(m.alice, m.bob);
                });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void readPointerNeverMovesBackwardsAndOnlyAMoveIsAnnounced() {
        m.read(m.alice, chat, three);
        m.fakes.events.clear();

        ReadState older = m.read(m.alice, chat, one);
        ReadState same = m.read(m.alice, chat, three);

        assertThat(older.readSeq()).isEqualTo(3);
        assertThat(older.moved()).isFalse();
        assertThat(same.moved()).isFalse();
        assertThat(m.fakes.store.readPointer(chat.id(), m.alice)).isEqualTo(3);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderCannotMarkReadAndNothingIsAnnounced() {
        m.fakes.events.clear();
        assertThatThrownBy(() -> m.read(m.carol, chat, two)).isInstanceOf(ChatNotFoundException.class);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void aMessageOfAnotherChatIsNotFound() {
        ChatAddress other = m.privateChat(m.alice, m.carol);
        MessageView elsewhere = m.say(m.carol, other, "hi");

        assertThatThrownBy(() -> m.markRead.markRead(new MarkReadCommand(m.alice, chat, MessageId.of(elsewhere.id()))))
                .isInstanceOf(MessageNotFoundException.class);
        assertThat(m.fakes.store.readPointer(chat.id(), m.alice)).isZero();
    }

    @Test
    void theSendersMessageCountsAsReadOnceTheReaderReachesIt() {
        assertThat(m.latest(m.bob, chat).messages())
                .extracting(MessageView::read)
                .containsExactly(false, false, false);

        m.read(m.alice, chat, two);

        assertThat(m.latest(m.bob, chat).messages())
                .extracting(MessageView::read)
                .containsExactly(true, true, false);
    }
}
