package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Chats.id;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mark unread over REST and the sockets: the own pointer moves back, receipts stay, other devices follow. */
class MarkUnreadOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private long chat;
    private String path;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void bobHasReadThreeMessagesOfAlice() {
        alice = api.register();
        bob = api.register();
        chat = chats.open(alice, bob);
        path = "/api/v1/chat/" + chat;
        first = id(chats.send(alice, path, "one"));
        second = id(chats.send(alice, path, "two"));
        third = id(chats.send(alice, path, "three"));
        assertThat(api.postJson(path + "/read", Map.of("message_id", third), bob.accessToken())
                        .status())
                .isEqualTo(200);
    }

    private Map<String, Object> room(Api.Session who) {
        return api.get("/api/v1/chats", who.accessToken()).list("rooms").stream()
                .filter(r -> id(r) == chat)
                .findFirst()
                .orElseThrow();
    }

    private Api.Reply unread(Api.Session who, Object body) {
        return api.postJson(path + "/unread", body, who.accessToken());
    }

    @Test
    void markingUnreadOverRestMovesTheUnreadCountBackAndLeavesTheAuthorsReceipts() {
        Api.Reply reply = unread(bob, Map.of("message_id", second));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json())
                .containsEntry("status", "ok")
                .containsEntry("read_seq", 1)
                .containsEntry("unread_count", 2);
        assertThat(number(room(bob), "unread_count")).isEqualTo(2);
        // Alice already learned that Bob read her messages; marking unread does not take that back
        assertThat(chats.history(alice, path)).extracting(m -> m.get("read")).containsExactly(true, true, true);
        assertThat(number(room(alice), "unread_count")).isZero();
    }

    @Test
    void readingAgainAfterAMarkUnreadCountsDownAndAnUnreadMessageStaysUnread() {
        unread(bob, Map.of("message_id", first));
        assertThat(number(room(bob), "unread_count")).isEqualTo(3);

        Api.Reply read = api.postJson(path + "/read", Map.of("message_id", second), bob.accessToken());
        assertThat(read.json()).containsEntry("read_seq", 2);
        assertThat(number(room(bob), "unread_count")).isEqualTo(1);

        // the third is unread already: marking it unread reads nothing and moves nothing
        Api.Reply again = unread(bob, Map.of("message_id", third));
        assertThat(again.json()).containsEntry("read_seq", 2).containsEntry("unread_count", 1);
    }

    @Test
    void theUsersOtherSocketsHearOfItAndANewMainSocketOpensWithTheUnreadCount() {
        try (WsClient phone = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient laptop = WsClient.open(server, path, bob.accessToken());
                WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            phone.next("message", "unread_messages");
            laptop.next("history", null);
            aliceMain.next("message", "unread_messages");

            phone.send(Map.of("type", "unread", "chat_id", chat, "id", second));

            // the ack and the unread frame may come in either order
            Map<String, Object> ack = null;
            Map<String, Object> onPhone = null;
            for (int i = 0; i < 2; i++) {
                Map<String, Object> frame = phone.next(f -> "ack".equals(f.get("type"))
                        || "unread".equals(payload(f).get("type")));
                if ("ack".equals(frame.get("type"))) {
                    ack = payload(frame);
                } else {
                    onPhone = payload(frame);
                }
            }
            assertThat(ack).containsEntry("action", "unread");
            assertThat(number(ack, "seq")).isEqualTo(1);
            assertThat(onPhone).isNotNull();
            assertThat(payload(laptop.next("message", "unread"))).isEqualTo(onPhone);
            assertThat(number(onPhone, "chat_id")).isEqualTo(chat);
            assertThat(number(onPhone, "id")).isEqualTo(second);
            assertThat(number(onPhone, "seq")).isEqualTo(2);
            assertThat(number(onPhone, "read_seq")).isEqualTo(1);
            assertThat(number(onPhone, "unread_count")).isEqualTo(2);
            assertThat(number(Frames.map(onPhone, "author"), "id")).isEqualTo(bob.userId());
        }
        try (WsClient fresh = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            Map<String, Object> last = payload(fresh.next("message", "last_message"));
            assertThat(number(last, "unread_count")).isEqualTo(2);
            assertThat(Frames.list(payload(fresh.next("message", "unread_messages")), "messages"))
                    .extracting(m -> m.get("text"))
                    .containsExactly("two", "three");
        }
    }

    @Test
    void theOtherMemberHearsNothingOfAMarkUnread() throws InterruptedException {
        try (WsClient aliceChat = WsClient.open(server, path, alice.accessToken())) {
            aliceChat.next("history", null);

            assertThat(unread(bob, Map.of("message_id", first)).status()).isEqualTo(200);
            chats.send(bob, path, "marker");

            aliceChat.next(Frames.newMessage(chat));
            Thread.sleep(Duration.ofMillis(200).toMillis());
            assertThat(aliceChat.all()).map(Frames::payload).noneMatch(p -> "unread".equals(p.get("type")));
        }
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        Api.Reply missing = unread(bob, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).containsEntry("error", "message.missing_id");

        Api.Reply text = unread(bob, Map.of("message_id", "2"));
        assertThat(text.status()).isEqualTo(400);

        Api.Reply unknown = unread(bob, Map.of("message_id", third + 1000));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).containsEntry("error", "message.not_found");

        Api.Session eve = api.register();
        Api.Reply outsider = unread(eve, Map.of("message_id", second));
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.json()).containsEntry("error", "chat.not_found");

        assertThat(number(room(bob), "unread_count")).isZero();
    }
}
