package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Under concurrent senders over REST and WebSocket a message's {@code time} never runs backwards in {@code seq}, and
 * the unread messages a main socket gets on connect come in seq order per chat.
 */
class TimeFollowsSeqOverWireIT {
    /** Messages per sender: enough for a busy chat, and for two chats' unread together under the inbox's 100. */
    private static final int EACH = 15;

    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void concurrentSendsOverRestAndSocketsGetTimesThatNeverRunBackwardsInSeq() throws Exception {
        Api.Session owner = api.register();
        List<Api.Session> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(api.register());
        }
        long group = chats.group(owner, "Rush hour", members.toArray(Api.Session[]::new));
        String path = "/api/v1/group/" + group;
        List<Api.Session> overRest = members.subList(0, 3);
        List<Api.Session> overSockets = members.subList(3, 5);

        sendAtOnce(path, overRest, overSockets);

        int total = members.size() * EACH;
        List<Map<String, Object>> history = chats.history(owner, path);
        assertThat(history).extracting(Chats::seq).containsExactlyElementsOf(oneTo(total));
        assertThat(times(history)).as("REST history times in seq order").isSorted();
        // seed 000: connecting to a group's socket sends its history, here all of it
        try (WsClient socket = WsClient.open(server, path + "?limit=200", owner.accessToken())) {
            List<Map<String, Object>> sent = Frames.list(payload(socket.next("history", null)), "messages");
            assertThat(sent).extracting(Chats::seq).containsExactlyElementsOf(oneTo(total));
            assertThat(times(sent)).as("socket history times in seq order").isSorted();
        }
    }

    @Test
    void theUnreadMessagesOfTwoChatsArriveOnConnectInSeqOrder() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        Api.Session dave = api.register();
        long chat = chats.open(alice, bob);
        long group = chats.group(alice, "Tea party", bob, carol, dave);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // both chats at once: Bob over REST and on a socket in the private chat, three senders in the group
            Future<?> privately =
                    pool.submit(() -> sendAtOnce("/api/v1/chat/" + chat, List.of(bob, bob), List.of(bob)));
            Future<?> inGroup =
                    pool.submit(() -> sendAtOnce("/api/v1/group/" + group, List.of(bob, carol), List.of(dave)));
            privately.get();
            inGroup.get();
        } finally {
            pool.shutdown();
        }

        Map<Long, List<Long>> seqsByChat = new LinkedHashMap<>();
        try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            List<Map<String, Object>> unread =
                    Frames.list(payload(socket.next("message", "unread_messages")), "messages");
            assertThat(unread).hasSize(6 * EACH);
            assertThat(times(unread)).as("oldest first").isSorted();
            for (Map<String, Object> message : unread) {
                seqsByChat
                        .computeIfAbsent(number(message, "chat_id"), id -> new ArrayList<>())
                        .add(Chats.seq(message));
            }
        }
        assertThat(seqsByChat.keySet()).containsExactlyInAnyOrder(chat, group);
        assertThat(seqsByChat.get(chat)).as("private chat").containsExactlyElementsOf(oneTo(3 * EACH));
        assertThat(seqsByChat.get(group)).as("group").containsExactlyElementsOf(oneTo(3 * EACH));
    }

    /**
     * Sends {@link #EACH} messages per sender into one conversation, all senders at the same time: each REST sender
     * on its own thread, each socket sender on its own socket with seed 000's documented frame.
     */
    private Void sendAtOnce(String path, List<Api.Session> overRest, List<Api.Session> overSockets) throws Exception {
        List<WsClient> sockets = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(overRest.size() + overSockets.size());
        try {
            for (Api.Session sender : overSockets) {
                WsClient socket = WsClient.open(server, path, sender.accessToken());
                sockets.add(socket);
                socket.next("history", null);
            }
            List<Callable<Void>> tasks = new ArrayList<>();
            for (Api.Session sender : overRest) {
                tasks.add(() -> {
                    for (int n = 0; n < EACH; n++) {
                        chats.send(sender, path, "rest " + n);
                    }
                    return null;
                });
            }
            for (int i = 0; i < sockets.size(); i++) {
                WsClient socket = sockets.get(i);
                long author = overSockets.get(i).userId();
                tasks.add(() -> {
                    for (int n = 0; n < EACH; n++) {
                        socket.send(Map.of(
                                "type", "message", "text", "ws " + n, "author", Map.of("id", author, "name", "me")));
                    }
                    socket.awaitCount(f -> "ack".equals(f.get("type")), EACH, WsClient.WAIT);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
            return null;
        } finally {
            pool.shutdown();
            sockets.forEach(WsClient::close);
        }
    }

    private static List<Instant> times(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> Instant.parse((String) m.get("time"))).toList();
    }

    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }
}
