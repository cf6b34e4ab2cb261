package io.parley.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.parley.application.port.PresenceTracker.ExpiredPresence;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nodes that stop heartbeating (crashed) lose their counts after the TTL, and exactly one live node reports them. */
final class PresenceExpiryTest {
    private static final Duration TTL = Duration.ofMillis(800);
    private static final UserId ALICE = UserId.of(1);
    private static final UserId BOB = UserId.of(2);
    private static RedisClient client;
    private final String namespace = TestRedis.namespace();
    private final List<RedisPresenceTracker> nodes = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client = RedisClient.create(TestRedis.uri());
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(RedisPresenceTracker::close);
        TestRedis.deleteNamespace(client, namespace);
    }

    @Test
    void aSilentNodeIsClaimedByExactlyOneLiveNodeWhichReportsOnlyItsUsersWithoutOtherSockets() throws Exception {
        Instant beforeLastBeat = Instant.now();
        RedisPresenceTracker crashed = node();
        Instant afterLastBeat = Instant.now();
        RedisPresenceTracker one = node();
        RedisPresenceTracker other = node();
        crashed.opened(ALICE);
        crashed.opened(BOB);
        one.opened(BOB);
        assertThat(one.takeExpired()).isEmpty();

        outliveTheTtl(one, other);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<ExpiredPresence>> first = takeExpiredAfter(start, one);
        CompletableFuture<List<ExpiredPresence>> second = takeExpiredAfter(start, other);
        start.countDown();
        List<ExpiredPresence> reported = new ArrayList<>(first.get());
        reported.addAll(second.get());

        assertThat(reported).extracting(ExpiredPresence::user).containsExactly(ALICE);
        assertThat(reported.get(0).lastSeen())
                .isBetween(beforeLastBeat.minusMillis(250), afterLastBeat.plusMillis(250));
        assertThat(one.takeExpired()).isEmpty();
        assertThat(other.takeExpired()).isEmpty();
        assertThat(other.onlineAmong(List.of(ALICE, BOB))).containsExactly(BOB);
        assertThat(one.closed(BOB)).isTrue();
    }

    @Test
    void countsOfASilentNodeStopCountingOnceItsTtlPassedEvenBeforeItIsClaimed() throws Exception {
        RedisPresenceTracker silent = node();
        RedisPresenceTracker live = node();
        silent.opened(ALICE);
        assertThat(live.onlineAmong(List.of(ALICE))).containsExactly(ALICE);
        assertThat(live.opened(ALICE)).isFalse();
        assertThat(live.closed(ALICE)).isFalse();

        outliveTheTtl(live);

        assertThat(live.onlineAmong(List.of(ALICE))).isEmpty();
        assertThat(live.opened(ALICE)).isTrue();
    }

    @Test
    void aNodeTakenForDeadWhileAliveCountsItsSocketsAgainAtItsNextHeartbeat() throws Exception {
        RedisPresenceTracker paused = node();
        RedisPresenceTracker live = node();
        paused.opened(ALICE);
        paused.opened(ALICE);
        outliveTheTtl(live);
        assertThat(live.takeExpired()).extracting(ExpiredPresence::user).containsExactly(ALICE);
        assertThat(live.onlineAmong(List.of(ALICE))).isEmpty();

        paused.heartbeat();

        assertThat(live.onlineAmong(List.of(ALICE))).containsExactly(ALICE);
        assertThat(paused.closed(ALICE)).isFalse();
        assertThat(paused.closed(ALICE)).isTrue();
        assertThat(live.onlineAmong(List.of(ALICE))).isEmpty();
    }

    private RedisPresenceTracker node() {
        RedisPresenceTracker node = new RedisPresenceTracker(
                client, new RedisSettings(namespace, TTL, RedisSettings.DEFAULT_COMMAND_TIMEOUT));
        nodes.add(node);
        return node;
    }

    /** Waits past the TTL while {@code live} nodes keep heartbeating (and the others do not). */
    private static void outliveTheTtl(RedisPresenceTracker... live) throws InterruptedException {
        long deadline = System.nanoTime() + TTL.plusMillis(300).toNanos();
        while (System.nanoTime() < deadline) {
            for (RedisPresenceTracker node : live) {
                node.heartbeat();
            }
            Thread.sleep(100);
        }
    }

    private static CompletableFuture<List<ExpiredPresence>> takeExpiredAfter(
            CountDownLatch start, RedisPresenceTracker node) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return node.takeExpired();
        });
    }
}
