package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.message;
import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The main socket over a real WebSocket: the inbox on connect, live notifications, sending on it. */
class MainSocketOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void onConnectTheMainSocketSendsEachChatsLastMessageWithUnreadCountAndTheUnreadMessages() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        chats.send(bob, "/api/v1/chat/" + chat, "first");
        chats.send(bob, "/api/v1/chat/" + chat, "second");

        try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            Map<String, Object> last = payload(socket.next("message", "last_message"));
            assertThat(number(last, "chat_id")).isEqualTo(chat);
            assertThat(number(last, "unread_count")).isEqualTo(2);
            assertThat(last.get("text")).isEqualTo("second");
            assertThat(number(last, "cursor")).isEqualTo(2);
            Map<String, Object> unread = payload(socket.next("message", "unread_messages"));
            assertThat(Frames.list(unread, "messages"))
                    .extracting(m -> m.get("text"))
                    .containsExactly("first", "second");
        }
    }

    @Test
    void aMessageSentOverRestArrivesAsANotificationAndOneSentOnTheSocketIsAcknowledged() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient aliceSocket = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient bobSocket = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            aliceSocket.next("message", "unread_messages");
            bobSocket.next("message", "unread_messages");

            chats.send(bob, "/api/v1/chat/" + chat, "over rest");
            Map<String, Object> notified = message(aliceSocket.next(Frames.newMessage(chat)));
            assertThat(notified.get("text")).isEqualTo("over rest");

            aliceSocket.send(Map.of("type", "message", "chat_id", chat, "text", "over ws", "client_id", "k1"));
            Map<String, Object> ack = payload(aliceSocket.next("ack", null));
            assertThat(ack.get("action")).isEqualTo("message");
            assertThat(ack.get("client_id")).isEqualTo("k1");
            assertThat(number(ack, "seq")).isEqualTo(2);
            Map<String, Object> atBob =
                    message(bobSocket.next(f -> Frames.newMessage(chat).test(f)
                            && "over ws".equals(message(f).get("text"))));
            assertThat(number(atBob, "id")).isEqualTo(number(ack, "id"));
            assertThat(Frames.map(atBob, "author").get("id")).isEqualTo(((Number) alice.userId()).intValue());
        }
    }
}
