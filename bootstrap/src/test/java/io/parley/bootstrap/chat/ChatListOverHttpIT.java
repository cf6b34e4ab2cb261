package io.parley.bootstrap.chat;

import static io.parley.bootstrap.support.Chats.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatListOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session alice;
    private Api.Session bob;

    @BeforeEach
    void twoUsers() {
        alice = api.register();
        bob = api.register();
    }

    @Test
    void roomsComeMostRecentActivityFirstAndANewMessageMovesAChatToTheTop() {
        Api.Session carol = api.register();
        long withBob = chats.open(alice, bob);
        long withCarol = chats.open(alice, carol);
        long club = chats.group(carol, Api.uniqueName("club "), alice, bob);
        assertThat(roomIds(alice)).containsExactly(club, withCarol, withBob);

        chats.send(bob, "/api/v1/chat/" + withBob, "still there?");
        assertThat(roomIds(alice)).containsExactly(withBob, club, withCarol);

        chats.send(alice, "/api/v1/group/" + club, "hello club");
        assertThat(roomIds(alice)).containsExactly(club, withBob, withCarol);
        assertThat(roomIds(bob)).as("bob is not in alice's chat with carol").containsExactly(club, withBob);
        List<Instant> activity = rooms(alice).stream()
                .map(r -> Instant.parse((String) r.get("last_activity_at")))
                .toList();
        assertThat(activity).isSortedAccordingTo((x, y) -> y.compareTo(x));
    }

    @Test
    void aRoomShowsItsTypeNameAndNewestMessageWithItsAuthor() {
        api.putJson("/api/v1/user", Map.of("name", "Bob Builder"), bob.accessToken());
        long chatId = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + chatId;
        String groupName = Api.uniqueName("crew ");
        long crew = chats.group(alice, groupName, bob);

        assertThat(room(alice, chatId))
                .containsEntry("type", "private")
                .containsEntry("name", "Bob Builder")
                .containsEntry("last_message", null)
                .containsEntry("unread_count", 0);
        assertThat(room(alice, crew)).containsEntry("type", "group").containsEntry("name", groupName);

        chats.send(alice, chat, "can we fix it?");
        Map<String, Object> newest = chats.send(bob, chat, "yes we can");

        Map<String, Object> last = lastMessage(alice, chatId);
        assertThat(id(last)).isEqualTo(id(newest));
        assertThat(last)
                .containsEntry("text", "yes we can")
                .containsEntry("seq", 2)
                .containsEntry("user_id", (int) bob.userId());
        assertThat(last.get("author")).isEqualTo(Map.of("id", (int) bob.userId(), "name", "Bob Builder"));
        assertThat(lastMessage(bob, chatId)).isEqualTo(last);
    }

    @Test
    void unreadCountsFollowTheReadPointerAndOwnMessagesAreNeverUnread() {
        long chatId = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + chatId;
        long first = id(chats.send(bob, chat, "one"));
        long second = id(chats.send(bob, chat, "two"));
        long third = id(chats.send(bob, chat, "three"));
        assertThat(unread(alice, chatId)).isEqualTo(3);
        assertThat(unread(bob, chatId))
                .as("bob's own messages are not unread for bob")
                .isZero();

        assertThat(read(alice, chat, second)).isEqualTo(2);
        assertThat(unread(alice, chatId)).isEqualTo(1);
        assertThat(read(alice, chat, first)).as("the pointer never moves back").isEqualTo(2);
        assertThat(unread(alice, chatId)).isEqualTo(1);
        assertThat(read(alice, chat, third)).isEqualTo(3);
        assertThat(unread(alice, chatId)).isZero();

        long mine = id(chats.send(alice, chat, "caught up"));
        assertThat(unread(alice, chatId))
                .as("alice's own message is not unread for alice")
                .isZero();
        assertThat(unread(bob, chatId)).isEqualTo(1);
        assertThat(lastMessage(alice, chatId)).containsEntry("read", false);

        read(bob, chat, mine);
        assertThat(unread(bob, chatId)).isZero();
        assertThat(lastMessage(alice, chatId)).containsEntry("read", true);
    }

    @Test
    void deletingTheLastMessageFallsBackToThePreviousOne() {
        long chatId = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + chatId;
        long first = id(chats.send(alice, chat, "first"));
        long second = id(chats.send(bob, chat, "second"));
        assertThat(unread(alice, chatId)).isEqualTo(1);

        assertThat(api.delete(chat + "/messages/" + second, bob.accessToken()).status())
                .isEqualTo(200);

        assertThat(id(lastMessage(alice, chatId))).isEqualTo(first);
        assertThat(lastMessage(alice, chatId)).containsEntry("text", "first");
        assertThat(unread(alice, chatId)).as("a deleted message is not unread").isZero();

        assertThat(api.delete(chat + "/messages/" + first, alice.accessToken()).status())
                .isEqualTo(200);
        assertThat(room(bob, chatId)).containsEntry("last_message", null).containsEntry("unread_count", 0);
    }

    @Test
    void searchFindsAPrivateChatByTheOtherMembersDisplayNameIgnoringCase() {
        String tag = Api.uniqueName("");
        api.putJson("/api/v1/user", Map.of("name", "Zebediah " + tag), bob.accessToken());
        api.putJson("/api/v1/user", Map.of("name", "Alice " + tag + "x"), alice.accessToken());
        long withBob = chats.open(alice, bob);
        long withCarol = chats.open(alice, api.register());

        assertThat(roomIds(alice, "zebediah")).containsExactly(withBob);
        assertThat(roomIds(alice, "ZEBEDIAH " + tag.toUpperCase())).containsExactly(withBob);
        assertThat(roomIds(alice, tag + "x"))
                .as("alice's own name is not her chat's name")
                .isEmpty();
        assertThat(roomIds(bob, tag + "x"))
                .as("for bob the chat is named after alice")
                .containsExactly(withBob);
        assertThat(roomIds(alice, "")).containsExactlyInAnyOrder(withBob, withCarol);

        api.putJson("/api/v1/user", Map.of("name", "Zeb"), bob.accessToken());
        assertThat(roomIds(alice, "zebediah"))
                .as("the name follows bob's profile")
                .isEmpty();
        assertThat(roomIds(alice, "zeb")).containsExactly(withBob);
    }

    @Test
    void searchFindsGroupsByNameIgnoringCase() {
        String tag = Api.uniqueName("");
        long club = chats.group(alice, "Book Club " + tag, bob);
        chats.group(alice, "Chess " + tag, bob);

        assertThat(roomIds(alice, "book club " + tag)).containsExactly(club);
        assertThat(roomIds(bob, "BOOK")).containsExactly(club);
        assertThat(roomIds(alice, "poetry")).isEmpty();
    }

    @Test
    void percentAndUnderscoreInTheSearchMatchThemselvesOnly() {
        String tag = Api.uniqueName("");
        long percent = chats.group(alice, "100% " + tag, bob);
        chats.group(alice, "1000 " + tag, bob);
        long underscore = chats.group(alice, "a_b " + tag, bob);
        chats.group(alice, "axb " + tag, bob);

        assertThat(roomIds(alice, "0%")).containsExactly(percent);
        assertThat(roomIds(alice, "%")).containsExactly(percent);
        assertThat(roomIds(alice, "a_b")).containsExactly(underscore);
        assertThat(roomIds(alice, "\\")).isEmpty();
    }

    @Test
    void roomsPageByLimitAndOffset() {
        for (int i = 0; i < 5; i++) {
            chats.open(alice, api.register());
        }
        List<Long> all = roomIds(alice);
        assertThat(all).hasSize(5);

        Api.Reply first = api.get("/api/v1/chats?limit=2", alice.accessToken());
        assertThat(first.json()).containsEntry("limit", 2).containsEntry("offset", 0);
        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 2));
        Api.Reply second = api.get("/api/v1/chats?limit=2&offset=2", alice.accessToken());
        assertThat(second.json()).containsEntry("limit", 2).containsEntry("offset", 2);
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(ids(api.get("/api/v1/chats?limit=2&offset=4", alice.accessToken())))
                .containsExactly(all.get(4));
        assertThat(ids(api.get("/api/v1/chats?limit=2&offset=5", alice.accessToken())))
                .isEmpty();
        assertThat(api.get("/api/v1/chats", alice.accessToken()).json())
                .containsEntry("limit", 100)
                .containsEntry("offset", 0);
        assertThat(api.get("/api/v1/chats?limit=200", alice.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void badPagingOrSearchParametersAre400() {
        for (String query : List.of(
                "limit=0",
                "limit=201",
                "limit=-1",
                "limit=abc",
                "offset=-1",
                "offset=x",
                "q=" + "q".repeat(129),
                "q=nul%00byte",
                "q=bell%07")) {
            Api.Reply reply = api.get("/api/v1/chats?" + query, alice.accessToken());
            assertThat(reply.status()).as(query + " answered " + reply).isEqualTo(400);
            assertThat(reply.error()).as(query).isNotBlank();
        }
    }

    @Test
    void aNewGroupMemberStartsWithNothingUnreadFromBeforeTheyJoined() {
        Api.Session carol = api.register();
        long group = chats.group(alice, Api.uniqueName("history "), bob);
        String path = "/api/v1/group/" + group;
        chats.send(alice, path, "one");
        chats.send(alice, path, "two");
        long newest = id(chats.send(alice, path, "three"));

        Api.Reply added = api.postJson(path + "/add", Map.of("users", Chats.refs(carol)), alice.accessToken());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        assertThat(unread(carol, group)).isZero();
        assertThat(id(lastMessage(carol, group))).isEqualTo(newest);
        assertThat(unread(bob, group)).as("bob was there all along").isEqualTo(3);
        chats.send(bob, path, "welcome carol");
        assertThat(unread(carol, group)).isEqualTo(1);
    }

    @Test
    void leftGroupsAndDeletedChatsLeaveTheList() {
        long chatId = chats.open(alice, bob);
        long group = chats.group(alice, Api.uniqueName("brief "), bob);
        assertThat(roomIds(bob)).containsExactly(group, chatId);

        assertThat(api.delete("/api/v1/group/" + group + "/leave", bob.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(roomIds(bob)).containsExactly(chatId);
        assertThat(api.delete("/api/v1/chat/" + chatId, alice.accessToken()).status())
                .isEqualTo(200);
        assertThat(roomIds(bob)).isEmpty();
        assertThat(roomIds(alice)).containsExactly(group);
    }

    private List<Map<String, Object>> rooms(Api.Session who) {
        Api.Reply reply = api.get("/api/v1/chats?limit=200", who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("rooms");
    }

    private List<Long> roomIds(Api.Session who) {
        return rooms(who).stream().map(Chats::id).toList();
    }

    private List<Long> roomIds(Api.Session who, String q) {
        Api.Reply reply = api.get("/api/v1/chats?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ids(reply);
    }

    private static List<Long> ids(Api.Reply reply) {
        return reply.list("rooms").stream().map(Chats::id).toList();
    }

    private Map<String, Object> room(Api.Session who, long chatId) {
        return rooms(who).stream()
                .filter(r -> id(r) == chatId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("chat " + chatId + " is not in the list"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastMessage(Api.Session who, long chatId) {
        Map<String, Object> last = (Map<String, Object>) room(who, chatId).get("last_message");
        assertThat(last).as("last message of chat " + chatId).isNotNull();
        return last;
    }

    private long unread(Api.Session who, long chatId) {
        return ((Number) room(who, chatId).get("unread_count")).longValue();
    }

    private long read(Api.Session who, String chat, long messageId) {
        Api.Reply reply = api.postJson(chat + "/read", Map.of("message_id", messageId), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.string("status")).isEqualTo("ok");
        return ((Number) reply.json().get("read_seq")).longValue();
    }
}
