package io.parley.adapter.websocket.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.application.message.CatchUp;
import io.parley.application.message.MessageChange;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed releases each change once, in cursor order, whatever order the fan-out brings them in. */
class ChatFeedTest {
    private static final ChatAddress CHAT = ChatAddress.group(9);
    private final FrameEncoder encoder = new FrameEncoder(JsonMapper.createDefault());
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> released = new CopyOnWriteArrayList<>();
    private final List<Long> gaps = new CopyOnWriteArrayList<>();
    private final List<Long> fills = new CopyOnWriteArrayList<>();
    private CatchUp nextFill;
    private final ChatFeed feed = new ChatFeed(
            CHAT,
            new FeedSink() {
                @Override
                public void change(ChangeFrames change, boolean live) {
                    released.add(change.cursor());
                }

                @Override
                public void gap(ChatId chat, long cursor) {
                    gaps.add(cursor);
                }
            },
            (f, since) -> {
                fills.add(since);
                f.filled(nextFill);
            },
            encoder,
            timers,
            Duration.ofMillis(100));

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void changesArrivingOutOfOrderAreReleasedInOrderAndRepeatsAreDropped() {
        feed.start(10);

        offer(12);
        assertThat(released).isEmpty();
        offer(11);
        offer(11);
        offer(9);
        offer(13);

        assertThat(released).containsExactly(11L, 12L, 13L);
        assertThat(feed.cursor()).isEqualTo(13);
    }

    @Test
    void nothingIsReleasedBeforeStartAndWhatWasCollectedAfterTheStartCursorFollowsIt() {
        offer(3);
        offer(2);
        offer(4);
        assertThat(released).isEmpty();

        feed.start(2);

        assertThat(released).containsExactly(3L, 4L);
    }

    @Test
    void aHoleThatStaysOpenIsFilledFromStorage() throws InterruptedException {
        feed.start(5);
        nextFill = new CatchUp(List.of(change(6)), 6, false);

        offer(7);
        waitUntil(() -> released.size() == 2);

        assertThat(fills).containsExactly(5L);
        assertThat(released).containsExactly(6L, 7L);
    }

    @Test
    void aFillThatFindsTooMuchSendsAGapAndGoesOnAfterIt() throws InterruptedException {
        feed.start(5);
        nextFill = new CatchUp(List.of(), 2000, true);

        offer(1999);
        offer(2001);
        waitUntil(() -> !gaps.isEmpty());

        assertThat(gaps).containsExactly(2000L);
        assertThat(released).containsExactly(2001L);
    }

    @Test
    void aStoppedFeedReleasesNothing() {
        feed.start(1);
        feed.stop();

        offer(2);

        assertThat(released).isEmpty();
    }

    private void offer(long cursor) {
        feed.offer(new ChangeFrames(change(cursor), encoder));
    }

    private static MessageChange change(long cursor) {
        MessageView view = new MessageView(
                100 + cursor,
                CHAT.id().value(),
                ChatKind.GROUP,
                cursor,
                1,
                "Alice",
                "m" + cursor,
                null,
                Instant.EPOCH,
                null,
                false);
        return new MessageChange(
                MessageChange.Kind.CREATED,
                CHAT.id().value(),
                ChatKind.GROUP,
                view.id(),
                cursor,
                cursor,
                view,
                0,
                null,
                null);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
