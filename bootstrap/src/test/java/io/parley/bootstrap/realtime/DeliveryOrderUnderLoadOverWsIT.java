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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@link DeliveryOrderOverWsIT} with more senders, more messages and more listening sockets of both kinds, so that
 * frames queue up on every socket while earlier ones are still being written: each socket must still get every
 * message once, in seq order.
 */
class DeliveryOrderUnderLoadOverWsIT {
    private static final int REST_SENDERS = 6;
    private static final int SOCKET_SENDERS = 4;
    private static final int EACH = 100;
    private static final int LISTENER_PAIRS = 4;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void manyConcurrentSendsReachEverySocketOfEveryKindExactlyOnceInSeqOrder() throws Exception {
        Api.Session owner = api.register();
        List<Api.Session> members = new ArrayList<>();
        for (int i = 0; i < REST_SENDERS + SOCKET_SENDERS; i++) {
            members.add(api.register());
        }
        long group = chats.group(owner, "Rush hour", members.toArray(Api.Session[]::new));
        String path = "/api/v1/group/" + group;
        int total = (REST_SENDERS + SOCKET_SENDERS) * EACH;

        List<WsClient> listeners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < LISTENER_PAIRS; i++) {
            Api.Session listener = i == 0 ? owner : members.get(i);
            listeners.add(WsClient.open(server, path, listener.accessToken()));
            names.add("group socket of listener " + i);
            listeners.add(WsClient.open(server, "/api/v1/main", listener.accessToken()));
            names.add("main socket of listener " + i);
        }
        List<WsClient> senders = new ArrayList<>();
        for (int i = 0; i < SOCKET_SENDERS; i++) {
            senders.add(
                    WsClient.open(server, path, members.get(REST_SENDERS + i).accessToken()));
            names.add("group socket of sender " + i);
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
            List<WsClient> all = new ArrayList<>(listeners);
            all.addAll(senders);
            for (int i = 0; i < all.size(); i++) {
                List<Map<String, Object>> received = all.get(i).awaitCount(Frames.newMessage(group), total, WAIT);
                assertThat(received)
                        .extracting(f -> number(Frames.message(f), "seq"))
                        .as("seqs on the %s", names.get(i))
                        .containsExactlyElementsOf(expected);
            }
        } finally {
            listeners.forEach(WsClient::close);
            senders.forEach(WsClient::close);
        }
    }
}
