package io.parley.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatDeleted;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fakes the service tests lean on: rollback, the in-transaction flag and what the publisher records. */
class TrackingTransactionRunnerTest {
    private final ConversationFakes fakes = new ConversationFakes();

    @Test
    void workThatThrowsLeavesTheStoreAsItWasButIdsStayUsed() {
        ChatId kept = fakes.privateChat(fakes.user("alice"), fakes.user("bob"));
        ChatId[] undone = new ChatId[1];

        assertThatThrownBy(() -> fakes.transactions.inTransaction(() -> {
                    undone[0] = fakes.group("Doomed", fakes.users.nextId());
                    fakes.store.nextSeq(kept, fakes.clock.now()).orElseThrow();
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(fakes.store.findGroup(undone[0])).isEmpty();
        assertThat(fakes.store.lastSeq(kept)).isZero();
        assertThat(fakes.store.nextChatId().value()).isGreaterThan(undone[0].value());
        assertThat(fakes.transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() {
        boolean[] inside = new boolean[2];
        fakes.transactions.inTransaction(() -> {
            inside[0] = fakes.transactions.inTransaction();
            return fakes.transactions.inTransaction(() -> inside[1] = fakes.transactions.inTransaction());
        });

        assertThat(inside).containsExactly(true, true);
        assertThat(fakes.transactions.inTransaction()).isFalse();
        assertThat(fakes.transactions.started()).isEqualTo(2);
    }

    @Test
    void publisherRecordsWhetherATransactionWasOpen() {
        ChatDeleted event = new ChatDeleted(ChatId.of(1), ChatKind.GROUP, List.of());
        fakes.transactions.inTransaction(() -> {
            fakes.events.publish(event);
            return null;
        });
        fakes.events.publish(event);

        assertThat(fakes.events.published())
                .extracting(RecordingEventPublisher.Published::inTransaction)
                .containsExactly(true, false);
        assertThat(fakes.events.anyPublishedInTransaction()).isTrue();
        assertThat(fakes.events.eventsOf(ChatDeleted.class)).hasSize(2);
    }
}
