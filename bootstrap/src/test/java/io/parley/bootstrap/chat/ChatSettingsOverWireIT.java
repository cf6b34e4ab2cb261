package io.parley.bootstrap.chat;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-user chat settings over REST and the sockets: mute until a time or forever (notifications say {@code muted},
 * counts still kept), archive (hidden from the default list, back on a new message unless muted), synced to the
 * user's other sockets and shown again on connect.
 */
class ChatSettingsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private long chat;
    private String path;

    @BeforeEach
    void aliceAndBobShareAChat() {
        alice = api.register();
        bob = api.register();
        chat = chats.open(alice, bob);
        path = "/api/v1/chat/" + chat;
        chats.send(alice, path, "hello");
    }

    private Api.Reply put(Api.Session who, String chatPath, Object body) {
        return api.putJson(chatPath + "/settings", body, who.accessToken());
    }

    private Map<String, Object> body(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, value);
        return body;
    }

    private List<Map<String, Object>> rooms(Api.Session who, String query) {
        Api.Reply reply = api.get("/api/v1/chats" + query, who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("rooms");
    }

    private Map<String, Object> room(Api.Session who, String query) {
        return rooms(who, query).stream().filter(r -> id(r) == chat).findFirst().orElse(null);
    }

    @Test
    void muteUntilATimeThenForeverThenUnmuteOverRest() {
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply muted = put(bob, path, Map.of("muted_until", until.toString()));
        assertThat(muted.status()).as(muted.toString()).isEqualTo(200);
        assertThat(muted.json())
                .containsEntry("chat_id", (int) chat)
                .containsEntry("chat_type", "private")
                .containsEntry("muted_until", until.toString())
                .containsEntry("muted", true)
                .containsEntry("archived", false);
        assertThat(room(bob, "")).containsEntry("muted_until", until.toString()).containsEntry("muted", true);
        // the other member's settings are their own
        assertThat(room(alice, "")).containsEntry("muted_until", null).containsEntry("muted", false);

        Api.Reply forever = api.patchJson(path + "/settings", Map.of("muted_until", "forever"), bob.accessToken());
        assertThat(forever.json()).containsEntry("muted_until", "forever").containsEntry("muted", true);
        assertThat(room(bob, "")).containsEntry("muted_until", "forever");

        Api.Reply unmuted = put(bob, path, body("muted_until", null));
        assertThat(unmuted.status()).as(unmuted.toString()).isEqualTo(200);
        assertThat(unmuted.json()).containsEntry("muted_until", null).containsEntry("muted", false);
        assertThat(room(bob, "")).containsEntry("muted", false).containsEntry("muted_until", null);
    }

    @Test
    void anArchivedChatIsListedOnlyWithTheFilterAndComesBackOnANewMessage() {
        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            Api.Reply archived = put(bob, path, Map.of("archived", true));
            assertThat(archived.json()).containsEntry("archived", true).containsEntry("muted", false);
            Map<String, Object> sync = payload(bobMain.next("message", "chat_settings"));
            assertThat(sync).containsEntry("archived", true).containsEntry("by_message", false);

            assertThat(room(bob, "")).isNull();
            assertThat(room(bob, "?archived=false")).isNull();
            assertThat(room(bob, "?archived=true")).containsEntry("archived", true);
            assertThat(room(alice, "")).containsEntry("archived", false);
            // the author's own message does not bring it back
            chats.send(bob, path, "note to self");
            assertThat(room(bob, "")).isNull();

            chats.send(alice, path, "are you there?");

            Map<String, Object> back = payload(bobMain.next("message", "chat_settings"));
            assertThat(back).containsEntry("archived", false).containsEntry("by_message", true);
            assertThat(number(back, "chat_id")).isEqualTo(chat);
            assertThat(room(bob, "")).containsEntry("archived", false);
            assertThat(room(bob, "?archived=true")).isNull();
        }
    }

    @Test
    void aMutedArchivedChatStaysArchivedAndItsNotificationSaysMuted() {
        assertThat(put(bob, path, Map.of("muted_until", "forever", "archived", true))
                        .status())
                .isEqualTo(200);
        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            Map<String, Object> last = payload(bobMain.next("message", "last_message"));
            assertThat(last)
                    .containsEntry("muted_until", "forever")
                    .containsEntry("muted", true)
                    .containsEntry("archived", true);
            bobMain.next("message", "unread_messages");
            aliceMain.next("message", "unread_messages");

            chats.send(alice, path, "quiet please");

            Map<String, Object> notification = bobMain.next(Frames.newMessage(chat));
            assertThat(notification).containsEntry("type", "notification");
            assertThat(payload(notification)).containsEntry("muted", true);
            Map<String, Object> archived = room(bob, "?archived=true");
            assertThat(archived).containsEntry("archived", true).containsEntry("muted", true);
            // counts are still kept in a muted chat
            assertThat(number(archived, "unread_count")).isEqualTo(2);

            // the other member has not muted the chat: their notification says so
            chats.send(bob, path, "ok");
            assertThat(payload(aliceMain.next(f -> Frames.newMessage(chat).test(f)
                            && "ok".equals(Frames.message(f).get("text")))))
                    .containsEntry("muted", false);
        }
        assertThat(room(bob, "")).isNull();
        assertThat(room(bob, "?archived=true")).containsEntry("archived", true);
    }

    @Test
    void aSettingsFrameReachesTheUsersOtherSocketAndANewSocketOpensWithIt() {
        long group = chats.group(alice, Api.uniqueName("team"), bob);
        String groupPath = "/api/v1/group/" + group;
        try (WsClient phone = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient laptop = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            phone.next("message", "unread_messages");
            laptop.next("message", "unread_messages");
            aliceMain.next("message", "unread_messages");

            phone.send(Map.of("type", "chat_settings", "group_id", group, "muted_until", "forever", "client_id", "s1"));

            // the ack and the phone's own chat_settings frame may come in either order
            Map<String, Object> ack = payload(phone.awaitCount(f -> "ack".equals(f.get("type")), 1, WsClient.WAIT)
                    .get(0));
            assertThat(ack).containsEntry("action", "chat_settings").containsEntry("client_id", "s1");
            assertThat(number(ack, "chat_id")).isEqualTo(group);
            Map<String, Object> onLaptop = payload(laptop.next("message", "chat_settings"));
            assertThat(onLaptop)
                    .containsEntry("chat_type", "group")
                    .containsEntry("muted_until", "forever")
                    .containsEntry("muted", true)
                    .containsEntry("archived", false);
            assertThat(number(onLaptop, "chat_id")).isEqualTo(group);
            assertThat(payload(phone.awaitCount(Frames.of("message", "chat_settings"), 1, WsClient.WAIT)
                            .get(0)))
                    .isEqualTo(onLaptop);

            chats.send(alice, groupPath, "standup");
            assertThat(payload(laptop.next(Frames.newMessage(group)))).containsEntry("muted", true);
            assertThat(aliceMain.all()).map(Frames::payload).noneMatch(p -> "chat_settings".equals(p.get("type")));
        }
        try (WsClient fresh = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            Map<String, Object> last = payload(fresh.next(
                    f -> Frames.of("message", "last_message").test(f) && number(payload(f), "chat_id") == group));
            assertThat(last).containsEntry("muted_until", "forever").containsEntry("muted", true);
            Map<String, Object> other = payload(fresh.next(
                    f -> Frames.of("message", "last_message").test(f) && number(payload(f), "chat_id") == chat));
            assertThat(other).containsEntry("muted", false).containsEntry("muted_until", null);
        }
    }

    @Test
    void anArchivedListPagesWithItsCursor() {
        Api.Session carol = api.register();
        long second = chats.open(carol, bob);
        chats.send(carol, "/api/v1/chat/" + second, "hi");
        long third = chats.open(api.register(), bob);
        assertThat(put(bob, path, Map.of("archived", true)).status()).isEqualTo(200);
        assertThat(put(bob, "/api/v1/chat/" + second, Map.of("archived", true)).status())
                .isEqualTo(200);

        Api.Reply first = api.get("/api/v1/chats?archived=true&limit=1", bob.accessToken());
        assertThat(first.list("rooms")).extracting(Chats::id).containsExactly(second);
        assertThat(first.json()).containsEntry("has_more", true);
        Api.Reply rest =
                api.get("/api/v1/chats?archived=true&limit=1&cursor=" + first.string("next_cursor"), bob.accessToken());
        assertThat(rest.list("rooms")).extracting(Chats::id).containsExactly(chat);
        assertThat(rest.json()).containsEntry("has_more", false);
        assertThat(rooms(bob, "")).extracting(Chats::id).containsExactly(third);
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        assertThat(put(
                                bob,
                                path,
                                Map.of(
                                        "muted_until",
                                        Instant.now().minusSeconds(60).toString()))
                        .json())
                .containsEntry("error", "chat_settings.mute_in_past");
        assertRefused(
                put(
                        bob,
                        path,
                        Map.of("muted_until", Instant.now().minusSeconds(60).toString())),
                400,
                "chat_settings.mute_in_past");
        assertRefused(put(bob, path, Map.of("archived", "true")), 400, "request.invalid_field");
        assertRefused(put(bob, path, Map.of("archived", 1)), 400, "request.invalid_field");
        assertRefused(put(bob, path, Map.of("muted_until", 1_900_000_000)), 400, "request.invalid_field");
        assertRefused(put(bob, path, Map.of("muted_until", "tomorrow")), 400, "request.invalid_field");
        assertRefused(
                put(bob, path, Map.of("muted_until", "forever", "archived", "yes")), 400, "request.invalid_field");
        assertRefused(put(bob, path, Map.of()), 400, "chat_settings.empty");
        assertRefused(put(bob, path, List.of(true)), 400, "request.invalid_body");

        Api.Session eve = api.register();
        assertRefused(put(eve, path, Map.of("archived", true)), 404, "chat.not_found");
        assertRefused(put(bob, "/api/v1/chat/" + (chat + 100_000), Map.of("archived", true)), 404, "chat.not_found");
        assertRefused(put(bob, "/api/v1/group/" + chat, Map.of("archived", true)), 404, "group.not_found");
        assertRefused(api.get("/api/v1/chats?archived=yes", bob.accessToken()), 400, "request.invalid_query");

        try (WsClient eveMain = WsClient.open(server, "/api/v1/main", eve.accessToken());
                WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            eveMain.next("message", "unread_messages");
            bobMain.next("message", "unread_messages");
            eveMain.send(Map.of("type", "chat_settings", "chat_id", chat, "archived", true));
            assertThat(payload(eveMain.next(f -> "error".equals(f.get("type")))))
                    .containsEntry("error", "chat.not_found");
            bobMain.send(Map.of("type", "chat_settings", "chat_id", chat, "archived", "true"));
            assertThat(payload(bobMain.next(f -> "error".equals(f.get("type")))))
                    .containsEntry("error", "frame.invalid_field");
            bobMain.send(Map.of("type", "chat_settings", "chat_id", chat, "muted_until", "2001-01-01T00:00:00Z"));
            assertThat(payload(bobMain.next(f -> "error".equals(f.get("type"))
                            && "chat_settings.mute_in_past".equals(payload(f).get("error")))))
                    .containsEntry("action", "chat_settings");
        }

        assertThat(room(bob, ""))
                .containsEntry("muted", false)
                .containsEntry("muted_until", null)
                .containsEntry("archived", false);
        assertThat(room(alice, "")).containsEntry("muted", false).containsEntry("archived", false);
    }

    private static void assertRefused(Api.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.json()).containsEntry("error", error);
    }
}
