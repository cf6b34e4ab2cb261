package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.LimitedServer;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emoji reactions over REST and sockets: counts with mine flags, live reaction frames, resume, refusals. */
class ReactionsOverWireIT {
    private static final String THUMBS = "\uD83D\uDC4D";
    private static final String HEART = "\u2764\uFE0F";
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private long groupId;
    private String group;
    private long message;

    @BeforeEach
    void groupWithAMessage() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        groupId = chats.group(alice, "Reactions", bob, carol);
        group = "/api/v1/group/" + groupId;
        message = Chats.id(chats.send(alice, group, "Tea at five?"));
    }

    @Test
    void reactionsAreCountedPerEmojiOncePerUserWithMineForTheViewer() {
        assertThat(react(alice, THUMBS).status()).isEqualTo(200);
        assertThat(react(bob, ":+1:").status()).isEqualTo(200);
        Api.Reply again = react(bob, THUMBS);
        Api.Reply heart = react(bob, ":heart:");

        assertThat(again.list("reactions"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("count", 2));
        assertThat(heart.list("reactions")).containsExactly(reaction(THUMBS, 2, true), reaction(HEART, 1, true));
        assertThat(chats.history(alice, group).get(0).get("reactions"))
                .isEqualTo(List.of(reaction(THUMBS, 2, true), reaction(HEART, 1, false)));
        assertThat(chats.history(carol, group).get(0).get("reactions"))
                .isEqualTo(List.of(reaction(THUMBS, 2, false), reaction(HEART, 1, false)));

        Api.Reply removed = unreact(bob, THUMBS);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.list("reactions")).containsExactly(reaction(THUMBS, 1, false), reaction(HEART, 1, true));
        assertThat(unreact(bob, ":heart:").list("reactions")).containsExactly(reaction(THUMBS, 1, false));
        assertThat(unreact(carol, THUMBS).status()).isEqualTo(200);
        assertThat(chats.history(carol, group).get(0).get("reactions")).isEqualTo(List.of(reaction(THUMBS, 1, false)));
    }

    @Test
    void anEmojiSequenceIsOneReactionButTextTwoEmojiOrAnUnknownShortcodeAreRefused() {
        assertThat(react(bob, FAMILY).list("reactions")).containsExactly(reaction(FAMILY, 1, true));
        for (String bad : List.of("a", THUMBS + THUMBS, ":nope:", " " + THUMBS, "")) {
            Api.Reply refused = react(bob, bad);
            assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
            assertThat(refused.error()).isIn("reaction.invalid_emoji", "reaction.missing_emoji");
        }
        Api.Reply notText = api.postJson(path() + "/reactions", Map.of("emoji", 5), bob.accessToken());
        assertThat(notText.status()).as(notText.toString()).isEqualTo(400);
        assertThat(chats.history(alice, group).get(0).get("reactions")).isEqualTo(List.of(reaction(FAMILY, 1, false)));
    }

    @Test
    void everyMemberSocketGetsAReactionFrameWithItsOwnMineFlag() {
        try (WsClient bobsMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            bobsMain.next("message", "unread_messages");
            carols.next("history", null);

            react(carol, THUMBS);
            react(bob, THUMBS);

            Map<String, Object> first = payload(bobsMain.next("message", "reaction"));
            assertThat(number(first, "id")).isEqualTo(message);
            assertThat(first.get("reaction"))
                    .isEqualTo(Map.of("user_id", (int) carol.userId(), "emoji", THUMBS, "action", "added"));
            assertThat(first.get("reactions")).isEqualTo(List.of(reaction(THUMBS, 1, false)));
            Map<String, Object> second = payload(bobsMain.next("message", "reaction"));
            assertThat(second.get("reactions")).isEqualTo(List.of(reaction(THUMBS, 2, true)));
            assertThat(number(second, "cursor")).isEqualTo(number(first, "cursor") + 1);

            payload(carols.next("message", "reaction"));
            Map<String, Object> carolsSecond = payload(carols.next("message", "reaction"));
            assertThat(carolsSecond.get("reactions")).isEqualTo(List.of(reaction(THUMBS, 2, true)));

            unreact(carol, THUMBS);
            Map<String, Object> removal = payload(carols.next("message", "reaction"));
            assertThat(map(removal, "reaction")).containsEntry("action", "removed");
            assertThat(removal.get("reactions")).isEqualTo(List.of(reaction(THUMBS, 1, false)));
        }
    }

    @Test
    void aReactionThatChangesNothingSendsNoFrameAndTakesNoCursor() {
        react(bob, THUMBS);
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            long cursor = number(payload(carols.next("history", null)), "cursor");
            react(bob, THUMBS);
            unreact(carol, HEART);
            chats.send(alice, group, "next");
            Map<String, Object> next = payload(carols.next("message", "message"));
            assertThat(number(next, "cursor")).isEqualTo(cursor + 1);
            assertThat(carols.all()).noneMatch(f -> "reaction".equals(payload(f).get("type")));
        }
    }

    @Test
    void reactionsOverTheSocketAreAcknowledgedAndAResumingSocketCatchesUpOnThem() {
        long cursor;
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            cursor = number(payload(carols.next("history", null)), "cursor");
        }
        try (WsClient bobs = WsClient.open(server, group, bob.accessToken())) {
            bobs.next("history", null);
            bobs.send(
                    Map.of("type", "react", "group_id", groupId, "id", message, "emoji", ":fire:", "client_id", "x1"));
            assertThat(payload(bobs.next("ack", null)))
                    .containsEntry("action", "react")
                    .containsEntry("client_id", "x1");
            bobs.send(Map.of("type", "react", "group_id", groupId, "id", message, "emoji", "nope", "client_id", "x2"));
            assertThat(payload(bobs.next("error", null)))
                    .containsEntry("error", "reaction.invalid_emoji")
                    .containsEntry("client_id", "x2");
            bobs.send(Map.of("type", "react", "group_id", groupId, "id", message, "emoji", THUMBS));
            bobs.next("ack", null);
            bobs.send(Map.of("type", "unreact", "group_id", groupId, "id", message, "emoji", THUMBS));
            assertThat(payload(bobs.next("ack", null))).containsEntry("action", "unreact");
        }

        try (WsClient carols = WsClient.open(server, group + "?since=" + cursor, carol.accessToken())) {
            Map<String, Object> caughtUp = payload(carols.next("message", "update"));
            assertThat(number(caughtUp, "id")).isEqualTo(message);
            assertThat(caughtUp).containsEntry("edited", false);
            assertThat(caughtUp.get("reactions")).isEqualTo(List.of(reaction("\uD83D\uDD25", 1, false)));
            assertThat(number(caughtUp, "cursor")).isEqualTo(cursor + 3);
        }
    }

    @Test
    void aNonMemberGetsTheAnswerOfAChatThatDoesNotExistAndChangesNothing() {
        Api.Session mallory = api.register();
        Api.Reply add = react(mallory, THUMBS);
        assertThat(add.status()).isEqualTo(404);
        Api.Reply history = api.get(group + "/messages", mallory.accessToken());
        assertThat(add.error()).isEqualTo(history.error());
        assertThat(unreact(mallory, THUMBS).status()).isEqualTo(404);
        assertThat(chats.history(alice, group).get(0).get("reactions")).isEqualTo(List.of());
    }

    @Test
    void theLimitsOnDifferentEmojiPerMessageAndPerUserAreSettings() {
        try (Parley limited =
                LimitedServer.start("reaction-kinds-per-message", "2", "reactions-per-user-per-message", "1")) {
            Api limitedApi = new Api(limited);
            Chats limitedChats = new Chats(limitedApi);
            Api.Session owner = LimitedServer.register(limitedApi);
            Api.Session member = LimitedServer.register(limitedApi);
            Api.Session third = LimitedServer.register(limitedApi);
            String room = "/api/v1/group/" + limitedChats.group(owner, "Limited", member, third);
            String reactions = room + "/messages/" + Chats.id(limitedChats.send(owner, room, "hi")) + "/reactions";

            assertThat(limitedApi
                            .postJson(reactions, Map.of("emoji", THUMBS), owner.accessToken())
                            .status())
                    .isEqualTo(200);
            Api.Reply second = limitedApi.postJson(reactions, Map.of("emoji", HEART), owner.accessToken());
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.error()).isEqualTo("reaction.too_many_of_yours");
            assertThat(limitedApi
                            .postJson(reactions, Map.of("emoji", HEART), member.accessToken())
                            .status())
                    .isEqualTo(200);
            Api.Reply kinds = limitedApi.postJson(reactions, Map.of("emoji", ":fire:"), third.accessToken());
            assertThat(kinds.status()).as(kinds.toString()).isEqualTo(409);
            assertThat(kinds.error()).isEqualTo("reaction.too_many_kinds");
            assertThat(limitedChats.history(owner, room).get(0).get("reactions"))
                    .isEqualTo(List.of(reaction(THUMBS, 1, true), reaction(HEART, 1, false)));
        }
    }

    private String path() {
        return group + "/messages/" + message;
    }

    private Api.Reply react(Api.Session who, String emoji) {
        return api.postJson(path() + "/reactions", Map.of("emoji", emoji), who.accessToken());
    }

    private Api.Reply unreact(Api.Session who, String emoji) {
        return api.delete(
                path() + "/reactions/"
                        + URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20"),
                who.accessToken());
    }

    private static Map<String, Object> reaction(String emoji, int count, boolean mine) {
        return Map.of("emoji", emoji, "count", count, "mine", mine);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }
}
