package io.parley.adapter.websocket.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.websocket.frame.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A socket's outbound queue: in order, a few frames in flight, typing dropped first, then given up. */
class OutboxTest {
    private final List<String> written = new ArrayList<>();
    private final List<CompletableFuture<Void>> pending = new ArrayList<>();
    private final List<String> gaveUp = new ArrayList<>();
    private final Outbox outbox = new Outbox(
            text -> {
                written.add(text);
                CompletableFuture<Void> taken = new CompletableFuture<>();
                pending.add(taken);
                return taken;
            },
            100,
            gaveUp::add,
            Runnable::run);

    @Test
    void framesGoOutInOrderAtMostSixteenAtATime() {
        for (int i = 0; i < 20; i++) {
            outbox.sendUnlimited(frame("f" + i, false));
        }
        assertThat(written).hasSize(16);

        pending.get(0).complete(null);
        pending.get(1).complete(null);

        assertThat(written).hasSize(18).startsWith("f0", "f1", "f2").endsWith("f16", "f17");
    }

    @Test
    void finishingHandsEveryQueuedFrameOutAtOnceInOrderAndTakesNoMore() {
        for (int i = 0; i < 20; i++) {
            outbox.sendUnlimited(frame("f" + i, false));
        }
        assertThat(written).hasSize(16);

        outbox.finish();
        outbox.sendUnlimited(frame("after", false));
        pending.forEach(taken -> taken.complete(null));

        assertThat(written).hasSize(20).startsWith("f0").endsWith("f18", "f19");
        assertThat(outbox.queued()).isZero();
        assertThat(outbox.isClosed()).isTrue();
    }

    @Test
    void aStalledSocketLosesItsTypingFramesFirstAndIsThenGivenUp() {
        for (int i = 0; i < 16; i++) {
            outbox.send(frame("x", false));
        }
        outbox.send(frame("typing-1".repeat(5), true));
        outbox.send(frame("message-a".repeat(5), false));
        assertThat(outbox.queued()).isEqualTo(40 + 45);
        // over the limit: the queued typing frame goes, and so does the new one
        outbox.send(frame("typing-2".repeat(5), true));
        assertThat(outbox.queued()).isEqualTo(45);
        assertThat(gaveUp).isEmpty();

        outbox.send(frame("message-b".repeat(5), false));
        assertThat(gaveUp).isEmpty();
        assertThat(outbox.queued()).isEqualTo(90);

        outbox.send(frame("message-c".repeat(5), false));

        assertThat(gaveUp).hasSize(1);
        assertThat(outbox.isClosed()).isTrue();
        outbox.send(frame("after", false));
        assertThat(written).hasSize(16);
    }

    @Test
    void repliesAndSnapshotsAreNotCountedAgainstTheLimit() {
        for (int i = 0; i < 16; i++) {
            outbox.send(frame("x", false));
        }
        outbox.sendUnlimited(frame("h".repeat(500), false));

        assertThat(gaveUp).isEmpty();
        assertThat(outbox.queued()).isEqualTo(500);
    }

    @Test
    void aFailedWriteClosesTheOutbox() {
        outbox.send(frame("one", false));
        pending.get(0).completeExceptionally(new IllegalStateException("socket gone"));

        assertThat(outbox.isClosed()).isTrue();
    }

    @Test
    void theCloseAfterFinishingGoesOutAfterEveryQueuedFrame() {
        for (int i = 0; i < 20; i++) {
            outbox.sendUnlimited(frame("f" + i, false));
        }

        outbox.finish();
        outbox.then(() -> written.add("close"));

        assertThat(written).hasSize(21).startsWith("f0").endsWith("f19", "close");
    }

    @Test
    void theCloseStillGoesOutWhenTheSocketWasGivenUp() {
        for (int i = 0; i < 40; i++) {
            outbox.send(frame("message-" + i, false));
        }
        assertThat(gaveUp).hasSize(1);

        outbox.finish();
        outbox.then(() -> written.add("close"));

        assertThat(written).hasSize(17).endsWith("message-15", "close");
    }

    @Test
    void aCloseWaitsForTheFramesTheWriterIsHandingOut() {
        List<Runnable> writerTasks = new ArrayList<>();
        Outbox deferred = new Outbox(
                text -> {
                    written.add(text);
                    return CompletableFuture.completedFuture(null);
                },
                100,
                gaveUp::add,
                writerTasks::add);

        deferred.sendUnlimited(frame("one", false));
        deferred.sendUnlimited(frame("two", false));
        deferred.then(() -> written.add("close"));
        assertThat(written).as("nothing is written by the threads that queue").isEmpty();
        assertThat(writerTasks).as("one writer task at a time").hasSize(1);

        writerTasks.get(0).run();

        assertThat(written).containsExactly("one", "two", "close");
    }

    private static Frame frame(String text, boolean droppable) {
        return new Frame(text, droppable);
    }
}
