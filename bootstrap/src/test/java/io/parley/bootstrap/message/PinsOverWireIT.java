package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.LimitedServer;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins over REST and sockets: owner and admins of a group (either member of a private chat) pin and unpin, the
 * pinned list, live pinned/unpinned frames, resume, deleted messages, refusals, the per-chat limit.
 */
class PinsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private long groupId;
    private String group;
    private long first;
    private long second;

    @BeforeEach
    void groupWithTwoMessages() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        groupId = chats.group(alice, "Pins", bob, carol);
        group = "/api/v1/group/" + groupId;
        first = Chats.id(chats.send(bob, group, "the plan"));
        second = Chats.id(chats.send(carol, group, "the venue"));
    }

    @Test
    void theOwnerPinsAndUnpinsAndThePinnedListShowsTheNewestPinFirst() {
        Api.Reply pinned = pin(alice, first);
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(Frames.map(Frames.map(pinned.json(), "pin"), "by")).containsEntry("id", (int) alice.userId());
        assertThat(pin(alice, second).status()).isEqualTo(200);

        assertThat(pinnedIds(carol)).containsExactly(second, first);
        assertThat(pinnedList(carol).get(0)).containsEntry("text", "the venue");
        assertThat(chats.history(bob, group).get(0).get("pin")).isNotNull();

        Api.Reply unpinned = unpin(alice, first);
        assertThat(unpinned.status()).isEqualTo(200);
        assertThat(unpinned.json().get("pin")).isNull();
        assertThat(pinnedIds(bob)).containsExactly(second);
        assertThat(chats.history(bob, group).get(0).get("pin")).isNull();
    }

    @Test
    void aPlainMemberCannotPinOrUnpinButAnAdminCan() {
        pin(alice, first);
        Api.Reply pinByMember = pin(bob, second);
        assertThat(pinByMember.status()).as(pinByMember.toString()).isEqualTo(403);
        assertThat(pinByMember.error()).isEqualTo("group.not_owner");
        assertThat(unpin(bob, first).status()).isEqualTo(403);
        assertThat(pin(bob, first).status()).isEqualTo(403);
        assertThat(pinnedIds(carol)).containsExactly(first);

        api.postJson(group + "/admins", Map.of("user_id", bob.userId()), alice.accessToken());
        assertThat(pin(bob, second).status()).isEqualTo(200);
        assertThat(unpin(bob, first).status()).isEqualTo(200);
        assertThat(pinnedIds(carol)).containsExactly(second);
    }

    @Test
    void eitherMemberOfAPrivateChatPinsAndAnOutsiderGetsNotFound() {
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        long message = Chats.id(chats.send(alice, chat, "hi"));
        Api.Reply byBob = api.send("POST", chat + "/messages/" + message + "/pin", bob.accessToken());
        assertThat(byBob.status()).as(byBob.toString()).isEqualTo(200);
        Api.Reply outsider = api.send("POST", chat + "/messages/" + message + "/pin", carol.accessToken());
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.error()).isEqualTo("chat.not_found");
        assertThat(api.get(chat + "/pins", carol.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(chat + "/pins", alice.accessToken()).list("pins"))
                .extracting(Chats::id)
                .containsExactly(message);
    }

    @Test
    void aNonMemberOfTheGroupGetsTheAnswerOfAGroupThatDoesNotExist() {
        Api.Session mallory = api.register();
        Api.Reply refused = pin(mallory, first);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.error()).isEqualTo("group.not_found");
        assertThat(api.get(group + "/pins", mallory.accessToken()).error()).isEqualTo("group.not_found");
        assertThat(pinnedIds(alice)).isEmpty();
    }

    @Test
    void aDeletedMessageCannotBePinnedAndDeletingAPinnedMessageUnpinsIt() {
        pin(alice, first);
        assertThat(api.delete(group + "/messages/" + first, bob.accessToken()).status())
                .isEqualTo(200);
        assertThat(pinnedIds(alice)).isEmpty();
        Api.Reply again = pin(alice, first);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.error()).isEqualTo("message.not_found");
        assertThat(unpin(alice, first).status()).isEqualTo(404);
        assertThat(pin(alice, 999_999_999L).status()).isEqualTo(404);
    }

    @Test
    void everyMemberSocketGetsPinnedAndUnpinnedFramesAndANoOpSendsNone() {
        try (WsClient bobsMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            bobsMain.next("message", "unread_messages");
            long cursor = number(payload(carols.next("history", null)), "cursor");

            pin(alice, first);
            Map<String, Object> onMain = payload(bobsMain.next("message", "pinned"));
            assertThat(number(onMain, "id")).isEqualTo(first);
            assertThat(number(onMain, "changed_by")).isEqualTo(alice.userId());
            assertThat(Frames.map(onMain, "pin")).containsKey("time");
            Map<String, Object> onChat = payload(carols.next("message", "pinned"));
            assertThat(number(onChat, "cursor")).isEqualTo(cursor + 1);

            assertThat(pin(alice, first).status()).isEqualTo(200);
            unpin(alice, first);
            Map<String, Object> removal = payload(carols.next("message", "unpinned"));
            assertThat(removal.get("pin")).isNull();
            assertThat(number(removal, "cursor")).isEqualTo(cursor + 2);
            assertThat(payload(bobsMain.next("message", "unpinned")).get("pin")).isNull();
        }
    }

    @Test
    void pinFramesOverTheSocketAreAcknowledgedOrRefusedAndAResumingSocketConverges() {
        long cursor;
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            cursor = number(payload(carols.next("history", null)), "cursor");
        }
        try (WsClient alices = WsClient.open(server, group, alice.accessToken());
                WsClient bobs = WsClient.open(server, group, bob.accessToken())) {
            alices.next("history", null);
            bobs.next("history", null);
            alices.send(Map.of("type", "pin", "group_id", groupId, "id", second, "client_id", "p1"));
            assertThat(payload(alices.next("ack", null)))
                    .containsEntry("action", "pin")
                    .containsEntry("client_id", "p1");
            alices.send(Map.of("type", "pin", "group_id", groupId, "id", first));
            alices.next("ack", null);
            alices.send(Map.of("type", "unpin", "group_id", groupId, "id", first));
            assertThat(payload(alices.next("ack", null))).containsEntry("action", "unpin");
            bobs.send(Map.of("type", "unpin", "group_id", groupId, "id", second, "client_id", "b1"));
            assertThat(payload(bobs.next("error", null)))
                    .containsEntry("error", "group.not_owner")
                    .containsEntry("client_id", "b1");
            bobs.send(Map.of("type", "pin", "group_id", groupId));
            assertThat(payload(bobs.next("error", null))).containsEntry("error", "frame.missing_field");
        }
        try (WsClient outsiders =
                WsClient.open(server, "/api/v1/main", api.register().accessToken())) {
            outsiders.next("message", "unread_messages");
            outsiders.send(Map.of("type", "pin", "group_id", groupId, "id", first));
            assertThat(payload(outsiders.next("error", null))).containsEntry("error", "group.not_found");
        }
        assertThat(pinnedIds(carol)).containsExactly(second);

        try (WsClient carols = WsClient.open(server, group + "?since=" + cursor, carol.accessToken())) {
            Map<String, Object> a = payload(carols.next("message", "update"));
            Map<String, Object> b = payload(carols.next("message", "update"));
            Map<Long, Object> pins = Map.of(
                    number(a, "id"), String.valueOf(a.get("pin")), number(b, "id"), String.valueOf(b.get("pin")));
            assertThat(pins.get(first)).isEqualTo("null");
            assertThat(pins.get(second)).isNotEqualTo("null");
            assertThat(Math.max(number(a, "cursor"), number(b, "cursor"))).isEqualTo(cursor + 3);
        }
    }

    @Test
    void thePinsPerChatLimitIsASetting() {
        try (Parley limited = LimitedServer.start("pins-per-chat", "1")) {
            Api limitedApi = new Api(limited);
            Chats limitedChats = new Chats(limitedApi);
            Api.Session owner = LimitedServer.register(limitedApi);
            Api.Session member = LimitedServer.register(limitedApi);
            String room = "/api/v1/group/" + limitedChats.group(owner, "Limited", member);
            long one = Chats.id(limitedChats.send(owner, room, "one"));
            long two = Chats.id(limitedChats.send(owner, room, "two"));
            assertThat(limitedApi
                            .send("POST", room + "/messages/" + one + "/pin", owner.accessToken())
                            .status())
                    .isEqualTo(200);
            Api.Reply beyond = limitedApi.send("POST", room + "/messages/" + two + "/pin", owner.accessToken());
            assertThat(beyond.status()).as(beyond.toString()).isEqualTo(409);
            assertThat(beyond.error()).isEqualTo("pin.too_many");
            assertThat(limitedApi.get(room + "/pins", member.accessToken()).list("pins"))
                    .extracting(Chats::id)
                    .containsExactly(one);
        }
    }

    private Api.Reply pin(Api.Session who, long message) {
        return api.send("POST", group + "/messages/" + message + "/pin", who.accessToken());
    }

    private Api.Reply unpin(Api.Session who, long message) {
        return api.delete(group + "/messages/" + message + "/pin", who.accessToken());
    }

    private List<Map<String, Object>> pinnedList(Api.Session who) {
        Api.Reply reply = api.get(group + "/pins", who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("pins");
    }

    private List<Long> pinnedIds(Api.Session who) {
        return pinnedList(who).stream().map(Chats::id).toList();
    }
}
