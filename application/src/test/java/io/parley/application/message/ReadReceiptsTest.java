package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authors learn when their messages are read by everyone (seed 003), through the read event's {@code readByAll}. */
class ReadReceiptsTest {
    private final Messaging m = new Messaging();

    @Test
    void aGroupMessageIsReadByAllOnlyWhenTheLastOtherMemberReadsIt() {
        ChatAddress group = m.group(m.alice, m.bob, m.carol);
        MessageView first = m.say(m.alice, group, "first");
        MessageView second = m.say(m.alice, group, "second");

        assertThat(readByAllAfter(() -> m.read(m.bob, group, second))).isEmpty();
        assertThat(readByAllAfter(() -> m.read(m.carol, group, first)))
                .containsExactly(new ReadByAll(m.alice, first.id(), first.seq()));
        assertThat(readByAllAfter(() -> m.read(m.carol, group, second)))
                .containsExactly(new ReadByAll(m.alice, second.id(), second.seq()));
    }

    @Test
    void replyingReadsWhatCameBeforeAndTellsItsAuthor() {
        ChatAddress chat = m.privateChat(m.alice, m.bob);
        MessageView question = m.say(m.alice, chat, "lunch?");
        m.fakes.events.clear();

        m.say(m.bob, chat, "yes");

        ReadPointerMoved moved = m.fakes.events.eventsOf(ReadPointerMoved.class).get(0);
        assertThat(moved.bySending()).isTrue();
        assertThat(moved.reader()).isEqualTo(m.bob);
        assertThat(moved.readByAll()).containsExactly(new ReadByAll(m.alice, question.id(), question.seq()));
    }

    @Test
    void theLowestReadersOwnMessagesCountAgainstTheSecondLowestPointer() {
        ChatAddress group = m.group(m.alice, m.bob, m.carol);
        MessageView fromAlice = m.say(m.alice, group, "a");
        MessageView fromBob = m.say(m.bob, group, "b");

        // alice now has the lowest pointer; bob and carol are past her message, she is not past bob's
        assertThat(readByAllAfter(() -> m.read(m.carol, group, fromBob)))
                .containsExactly(new ReadByAll(m.alice, fromAlice.id(), fromAlice.seq()));
        assertThat(readByAllAfter(() -> m.read(m.alice, group, fromBob)))
                .containsExactly(new ReadByAll(m.bob, fromBob.id(), fromBob.seq()));
    }

    @Test
    void sendingAfterOnlyOwnMessagesTellsNobody() {
        ChatAddress chat = m.privateChat(m.alice, m.bob);
        m.say(m.alice, chat, "one");
        m.fakes.events.clear();

        m.say(m.alice, chat, "two");

        assertThat(m.fakes.events.eventsOf(ReadPointerMoved.class))
                .singleElement()
                .satisfies(moved -> assertThat(moved.readByAll()).isEmpty());
    }

    private List<ReadByAll> readByAllAfter(Runnable read) {
        m.fakes.events.clear();
        read.run();
        return m.fakes.events.eventsOf(ReadPointerMoved.class).stream()
                .flatMap(e -> e.readByAll().stream())
                .toList();
    }
}
