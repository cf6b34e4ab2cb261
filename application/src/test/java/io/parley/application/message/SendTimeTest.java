package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.event.MessageSent;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A message's time is taken under the chat's lock with its seq: it is never earlier than the message before it. */
class SendTimeTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);

    @Test
    void aSendWhoseClockReadsEarlierThanTheChatsLastMessageIsStampedWithThatMessagesTime() {
        m.fakes.clock.advance(Duration.ofSeconds(10));
        MessageView first = m.say(m.alice, chat, "from a node whose clock is ahead");
        m.fakes.clock.advance(Duration.ofSeconds(-4));

        MessageView second = m.say(m.bob, chat, "read the clock, then waited for the lock");

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.sentAt()).isEqualTo(first.sentAt());
        assertThat(m.fakes.events.eventsOf(MessageSent.class))
                .extracting(e -> e.message().sentAt())
                .containsExactly(first.sentAt(), first.sentAt());
        assertThat(m.latest(m.alice, chat).messages())
                .extracting(MessageView::sentAt)
                .containsExactly(first.sentAt(), first.sentAt());
    }

    @Test
    void onceTheClockPassesTheChatsLastMessageSendsTakeTheClockAgain() {
        m.fakes.clock.advance(Duration.ofSeconds(10));
        m.say(m.alice, chat, "ahead");
        m.fakes.clock.advance(Duration.ofSeconds(-4));
        m.say(m.bob, chat, "behind");
        m.fakes.clock.advance(Duration.ofSeconds(5));

        assertThat(m.say(m.alice, chat, "past it").sentAt()).isEqualTo(m.fakes.clock.now());
    }
}
