package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * On the short-timer server: a client that stops reading is given up with 1013 without holding up anyone else, and a
 * client that answers no pings is closed with 1001 while one that does stays open. The stalled clients are sockets
 * opened by hand that never read nor write after the upgrade.
 */
class StalledClientsOverWsIT {
    private static final int MAX_MESSAGES = 6000;
    private final Parley server = TestServer.fastTimers();
    private final Api api = new Api(server);
    private final Chats chats = new Chats(api);

    @Test
    void aClientThatStopsReadingIsClosedWith1013WhileTheOthersKeepUp() throws Exception {
        Api.Session owner = api.register();
        Api.Session stalled = api.register();
        Api.Session healthy = api.register();
        long group = chats.group(owner, "Firehose", stalled, healthy);
        String path = "/api/v1/group/" + group;

        try (Socket slow = RawUpgrade.openSilent(server, path, stalled.accessToken());
                WsClient fine = WsClient.open(server, path, healthy.accessToken())) {
            fine.next("history", null);

            int sent = sendUntilOffline(owner, path, stalled);

            assertThat(fine.awaitCount(Frames.newMessage(group), sent, Duration.ofSeconds(30)))
                    .hasSize(sent);
            assertThat(RawUpgrade.readUntilClose(slow)).isEqualTo(1013);
        }
    }

    /**
     * Sends 12 KB messages (4000 three-byte characters) from four threads until the stalled user shows offline: their
     * only socket was given up once the network buffers and then its queue filled.
     */
    private int sendUntilOffline(Api.Session owner, String path, Api.Session stalled) throws Exception {
        String text = "\u20ac".repeat(4000);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            while (sent.get() < MAX_MESSAGES) {
                List<Future<?>> batch = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    batch.add(pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            chats.send(owner, path, text);
                            sent.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> done : batch) {
                    done.get();
                }
                if (Boolean.FALSE.equals(api.get("/api/v1/user/" + stalled.userId() + "/presence", owner.accessToken())
                        .json()
                        .get("online"))) {
                    return sent.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        throw new AssertionError("the stalled socket was not given up after " + sent.get() + " messages");
    }

    @Test
    void aClientSilentForTheIdleTimeoutIsClosedWith1001AndOneThatAnswersPingsStays() throws Exception {
        Api.Session quiet = api.register();
        Api.Session lively = api.register();
        chats.open(quiet, lively);

        try (Socket silent = RawUpgrade.openSilent(server, "/api/v1/main", quiet.accessToken());
                WsClient answering = WsClient.open(server, "/api/v1/main", lively.accessToken())) {
            answering.next("message", "unread_messages");
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (Boolean.TRUE.equals(api.get("/api/v1/user/" + quiet.userId() + "/presence", lively.accessToken())
                    .json()
                    .get("online"))) {
                assertThat(System.nanoTime()).as("closed in time").isLessThan(deadline);
                Thread.sleep(250);
            }
            assertThat(RawUpgrade.readUntilClose(silent)).isEqualTo(1001);
            assertThat(answering.isClosed()).isFalse();
            assertThat(payload(answering.next(f -> "status".equals(f.get("type"))
                                    && Boolean.FALSE.equals(payload(f).get("online"))))
                            .get("user_id"))
                    .isEqualTo((int) quiet.userId());
        }
    }
}
