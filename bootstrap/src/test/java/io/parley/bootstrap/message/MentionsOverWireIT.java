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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mentions over REST and sockets: members by id on send and edit, {@code mention_all} for owner and admins, the
 * unread-mention count of the chat list (REST and the main socket's {@code last_message}), refusals that store nothing.
 */
class MentionsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private long groupId;
    private String group;

    @BeforeEach
    void aGroup() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        groupId = chats.group(alice, "Mentions", bob, carol);
        group = "/api/v1/group/" + groupId;
    }

    @Test
    void membersNamedInMentionsAreStoredAndShownInTheAnswerHistoryAndLiveFrames() {
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            carols.next("history", null);
            Api.Reply sent = send(bob, "hi @carol @alice", List.of(carol.userId(), alice.userId()), null);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(sent.json().get("mentions")).isEqualTo(ids(carol, alice));
            assertThat(sent.json()).containsEntry("mention_all", false);

            Map<String, Object> live = payload(carols.next(Frames.newMessage(groupId)));
            assertThat(live.get("mentions")).isEqualTo(ids(carol, alice));
            assertThat(chats.history(alice, group).get(0).get("mentions")).isEqualTo(ids(carol, alice));
        }
        Map<String, Object> plain = chats.send(bob, group, "no one");
        assertThat(plain.get("mentions")).isEqualTo(List.of());
        assertThat(plain).containsEntry("mention_all", false);
    }

    @Test
    void aNonMemberATwiceNamedUserOrANonNumberIsRefusedAndNothingIsStored() {
        Api.Session mallory = api.register();
        Api.Reply stranger = send(bob, "hey", List.of(mallory.userId()), null);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(400);
        assertThat(stranger.error()).isEqualTo("message.invalid_mentions");
        Api.Reply unknown = send(bob, "hey", List.of(Long.MAX_VALUE - 3), null);
        assertThat(unknown.error()).isEqualTo(stranger.error());
        Api.Reply twice = send(bob, "hey", List.of(carol.userId(), carol.userId()), null);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.error()).isEqualTo("message.invalid_mentions");
        Api.Reply text = api.postJson(
                group + "/messages",
                Map.of("text", "hey", "mentions", List.of("" + carol.userId())),
                bob.accessToken());
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
        assertThat(text.error()).isEqualTo("request.invalid_field");
        Api.Reply notBoolean =
                api.postJson(group + "/messages", Map.of("text", "hey", "mention_all", 1), alice.accessToken());
        assertThat(notBoolean.status()).isEqualTo(400);

        assertThat(chats.history(alice, group)).isEmpty();
        assertThat(room(carol).get("unread_count")).isEqualTo(0);
    }

    @Test
    void onlyTheOwnerAndAdminsOfAGroupMentionEveryone() {
        Api.Reply plainMember = send(bob, "@all", null, true);
        assertThat(plainMember.status()).as(plainMember.toString()).isEqualTo(403);
        assertThat(plainMember.error()).isEqualTo("message.mention_all_forbidden");
        assertThat(chats.history(alice, group)).isEmpty();

        Api.Reply owner = send(alice, "@all", null, true);
        assertThat(owner.status()).isEqualTo(201);
        assertThat(owner.json()).containsEntry("mention_all", true);
        Api.Reply appoint = api.postJson(group + "/admins", Map.of("user_id", bob.userId()), alice.accessToken());
        assertThat(appoint.status()).as(appoint.toString()).isEqualTo(200);
        assertThat(send(bob, "@all", null, true).status()).isEqualTo(201);

        String chat = "/api/v1/chat/" + chats.open(alice, carol);
        Api.Reply inPrivate =
                api.postJson(chat + "/messages", Map.of("text", "@all", "mention_all", true), carol.accessToken());
        assertThat(inPrivate.status()).isEqualTo(403);
        Api.Reply other = api.postJson(
                chat + "/messages", Map.of("text", "@alice", "mentions", List.of(alice.userId())), carol.accessToken());
        assertThat(other.status()).isEqualTo(201);
        Api.Reply direct = api.postJson(
                "/api/v1/direct/" + alice.userId() + "/messages",
                Map.of("text", "@alice", "mentions", List.of(alice.userId())),
                carol.accessToken());
        assertThat(direct.status()).isEqualTo(400);
        assertThat(direct.error()).isEqualTo("message.mentions_unsupported");
    }

    @Test
    void theChatListCountsUnreadMentionsOfTheViewerAndReadsMoveTheCount() {
        long first = Chats.id(send(bob, "carol?", List.of(carol.userId()), null).json());
        chats.send(bob, group, "plain");
        send(bob, "alice?", List.of(alice.userId()), null);
        assertThat(room(alice)).containsEntry("unread_count", 3).containsEntry("unread_mentions", 1);
        // writing reads: alice's own @all leaves her nothing unread, and mentions nobody for herself
        long all = Chats.id(send(alice, "everyone!", null, true).json());

        assertThat(room(carol)).containsEntry("unread_count", 4).containsEntry("unread_mentions", 2);
        assertThat(room(alice)).containsEntry("unread_count", 0).containsEntry("unread_mentions", 0);
        assertThat(room(bob)).containsEntry("unread_count", 1).containsEntry("unread_mentions", 1);

        read(carol, first);
        assertThat(room(carol)).containsEntry("unread_count", 3).containsEntry("unread_mentions", 1);
        try (WsClient main = WsClient.open(server, "/api/v1/main", carol.accessToken())) {
            Map<String, Object> last = payload(main.next("message", "last_message"));
            assertThat(number(last, "unread_mentions")).isEqualTo(1);
        }
        read(carol, all);
        assertThat(room(carol)).containsEntry("unread_count", 0).containsEntry("unread_mentions", 0);

        Api.Reply unread = api.postJson(group + "/unread", Map.of("message_id", first), carol.accessToken());
        assertThat(unread.status()).as(unread.toString()).isEqualTo(200);
        assertThat(room(carol)).containsEntry("unread_mentions", 2);
    }

    @Test
    void anEditReplacesTheMentionsItNamesAndKeepsThemWhenItNamesNone() {
        long message =
                Chats.id(send(bob, "carol?", List.of(carol.userId()), null).json());
        assertThat(room(carol)).containsEntry("unread_mentions", 1);

        Api.Reply textOnly = api.patchJson(path(message), Map.of("text", "carol??"), bob.accessToken());
        assertThat(textOnly.status()).isEqualTo(200);
        assertThat(textOnly.json().get("mentions")).isEqualTo(ids(carol));

        Api.Reply refused = edit(message, "mallory?", List.of(api.register().userId()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("message.invalid_mentions");
        assertThat(chats.history(bob, group).get(0)).containsEntry("text", "carol??");

        Api.Reply toAlice = edit(message, "alice?", List.of(alice.userId()));
        assertThat(toAlice.status()).isEqualTo(200);
        assertThat(toAlice.json().get("mentions")).isEqualTo(ids(alice));
        assertThat(room(carol)).containsEntry("unread_mentions", 0);
        assertThat(room(alice)).containsEntry("unread_mentions", 1);
        assertThat(edit(message, "nobody", List.of()).json().get("mentions")).isEqualTo(List.of());
        assertThat(room(alice)).containsEntry("unread_mentions", 0);
    }

    @Test
    void socketSendsAndUpdatesCarryMentionsAndAResumingSocketCatchesUpOnThem() {
        long cursor;
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            cursor = number(payload(carols.next("history", null)), "cursor");
        }
        long message;
        try (WsClient bobs = WsClient.open(server, group, bob.accessToken())) {
            bobs.next("history", null);
            bobs.send(
                    Map.of("type", "message", "group_id", groupId, "text", "hi", "mentions", List.of(carol.userId())));
            message = number(payload(bobs.next("ack", null)), "id");
            bobs.send(Map.of(
                    "type", "message", "group_id", groupId, "text", "x", "mentions", List.of(7), "client_id", "c1"));
            assertThat(payload(bobs.next("error", null)))
                    .containsEntry("error", "message.invalid_mentions")
                    .containsEntry("client_id", "c1");
            bobs.send(Map.of("type", "message", "group_id", groupId, "text", "x", "mention_all", true));
            assertThat(payload(bobs.next("error", null))).containsEntry("error", "message.mention_all_forbidden");
            bobs.send(Map.of("type", "message", "group_id", groupId, "text", "x", "mentions", "all"));
            assertThat(payload(bobs.next("error", null))).containsEntry("error", "frame.invalid_field");
            bobs.send(Map.of(
                    "type",
                    "update",
                    "group_id",
                    groupId,
                    "id",
                    message,
                    "text",
                    "hi both",
                    "mentions",
                    List.of(carol.userId(), alice.userId())));
            bobs.next("ack", null);
        }
        assertThat(chats.history(alice, group)).hasSize(1);
        try (WsClient carols = WsClient.open(server, group + "?since=" + cursor, carol.accessToken())) {
            Map<String, Object> caughtUp = payload(carols.next(f -> "message".equals(f.get("type"))));
            assertThat(number(caughtUp, "id")).isEqualTo(message);
            assertThat(caughtUp).containsEntry("text", "hi both");
            assertThat(caughtUp.get("mentions")).isEqualTo(ids(carol, alice));
        }
    }

    @Test
    void theMentionsPerMessageLimitIsASetting() {
        try (Parley limited = LimitedServer.start("mentions-per-message", "1")) {
            Api limitedApi = new Api(limited);
            Chats limitedChats = new Chats(limitedApi);
            Api.Session owner = LimitedServer.register(limitedApi);
            Api.Session one = LimitedServer.register(limitedApi);
            Api.Session two = LimitedServer.register(limitedApi);
            String room = "/api/v1/group/" + limitedChats.group(owner, "Limited", one, two);
            Api.Reply tooMany = limitedApi.postJson(
                    room + "/messages",
                    Map.of("text", "both", "mentions", List.of(one.userId(), two.userId())),
                    owner.accessToken());
            assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
            assertThat(tooMany.error()).isEqualTo("message.too_many_mentions");
            assertThat(limitedApi
                            .postJson(
                                    room + "/messages",
                                    Map.of("text", "one", "mentions", List.of(one.userId()), "mention_all", true),
                                    owner.accessToken())
                            .status())
                    .isEqualTo(201);
            assertThat(limitedChats.history(owner, room)).hasSize(1);
        }
    }

    private Api.Reply send(Api.Session who, String text, List<Long> mentions, Boolean all) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (mentions != null) {
            body.put("mentions", mentions);
        }
        if (all != null) {
            body.put("mention_all", all);
        }
        return api.postJson(group + "/messages", body, who.accessToken());
    }

    private Api.Reply edit(long message, String text, List<Long> mentions) {
        return api.patchJson(path(message), Map.of("text", text, "mentions", mentions), bob.accessToken());
    }

    private String path(long message) {
        return group + "/messages/" + message;
    }

    private void read(Api.Session who, long message) {
        Api.Reply reply = api.postJson(group + "/read", Map.of("message_id", message), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private Map<String, Object> room(Api.Session who) {
        return api.get("/api/v1/chats?limit=200", who.accessToken()).list("rooms").stream()
                .filter(r -> Chats.id(r) == groupId)
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> ids(Api.Session... users) {
        return java.util.Arrays.stream(users).map(u -> (int) u.userId()).toList();
    }
}
