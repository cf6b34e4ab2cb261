package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Under concurrent senders over REST and WebSocket, every socket gets every message exactly once, in seq order. */
class DeliveryOrderOverWsIT {
    private static final int REST_SENDERS = 3;
    private static final int SOCKET_SENDERS = 2;
    private static final int EACH = 40;

    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void concurrentSendsReachEverySocketExactlyOnceInSeqOrder() throws Exception {
        Api.Session owner = api.register();
        List<Api.Session> members = new ArrayList<>();
        for (int i = 0; i < REST_SENDERS + SOCKET_SENDERS; i++) {
            members.add(api.register());
        }
        long group = chats.group(owner, "Busy", members.toArray(Api.Session[]::new));
        String path = "/api/v1/group/" + group;
        int total = (REST_SENDERS + SOCKET_SENDERS) * EACH;

        List<WsClient> listeners = List.of(
                WsClient.open(server, path, owner.accessToken()),
                WsClient.open(server, "/api/v1/main", owner.accessToken()),
                WsClient.open(server, "/api/v1/main", members.get(0).accessToken()));
        List<WsClient> senders = new ArrayList<>();
        for (int i = 0; i < SOCKET_SENDERS; i++) {
            senders.add(
                    WsClient.open(server, path, members.get(REST_SENDERS + i).accessToken()));
        }
        try {
            listeners.forEach(l -> l.next(f -> "history".equals(f.get("type"))
                    || "unread_messages".equals(payload(f).get("type"))));
            senders.forEach(s -> s.next("history", null));
            ExecutorService pool = Executors.newFixedThreadPool(REST_SENDERS + SOCKET_SENDERS);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < REST_SENDERS; i++) {
                Api.Session sender = members.get(i);
                work.add(pool.submit(() -> {
                    for (int n = 0; n < EACH; n++) {
                        chats.send(sender, path, "rest " + sender.userId() + " " + n);
                    }
                }));
            }
            for (WsClient sender : senders) {
                work.add(pool.submit(() -> {
                    for (int n = 0; n < EACH; n++) {
                        sender.send(Map.of("type", "message", "text", "ws " + n, "client_id", "k" + n));
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();

            List<Long> expected = LongStream.rangeClosed(1, total).boxed().toList();
            for (WsClient socket : concat(listeners, senders)) {
                List<Map<String, Object>> received = socket.awaitCount(Frames.newMessage(group), total, WsClient.WAIT);
                assertThat(received)
                        .extracting(f -> number(Frames.message(f), "seq"))
                        .as("seqs")
                        .containsExactlyElementsOf(expected);
            }
            for (WsClient sender : senders) {
                assertThat(sender.awaitCount(f -> "ack".equals(f.get("type")), EACH, WsClient.WAIT))
                        .hasSize(EACH);
            }
            assertThat(chats.history(owner, path)).hasSize(total);
        } finally {
            concat(listeners, senders).forEach(WsClient::close);
        }
    }

    private static List<WsClient> concat(List<WsClient> one, List<WsClient> other) {
        List<WsClient> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }
}
