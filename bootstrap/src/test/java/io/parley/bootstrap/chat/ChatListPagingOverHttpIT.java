package io.parley.bootstrap.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat list of a user in more chats than one page holds: {@code has_more}, {@code next_cursor} and paging. */
class ChatListPagingOverHttpIT {
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
    void seedsPlainRequestGetsAHundredRoomsAndACursorToTheRest() {
        List<Long> groups = groups(120);

        // seed 000: GET /api/v1/chats, no parameters
        Api.Reply first = api.get("/api/v1/chats", alice.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json())
                .containsEntry("limit", 100)
                .containsEntry("offset", 0)
                .containsEntry("has_more", true)
                .containsKey("next_cursor");
        assertThat(first.list("rooms"))
                .hasSize(100)
                .allSatisfy(room -> assertThat(room)
                        .containsKeys("id", "name", "type", "last_message", "unread_count", "last_activity_at"));

        Api.Reply rest = api.get("/api/v1/chats?cursor=" + first.string("next_cursor"), alice.accessToken());
        assertThat(rest.json()).containsEntry("has_more", false).containsEntry("next_cursor", null);
        List<Long> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(rest));
        List<Long> newestFirst = new ArrayList<>(groups);
        Collections.reverse(newestFirst);
        assertThat(seen).as("newest first, each once").containsExactlyElementsOf(newestFirst);
    }

    @Test
    void pagingWithTheCursorGivesEveryChatOnceWhileNewMessagesMoveSeenChatsToTheTop() {
        List<Long> groups = groups(125);
        List<Long> seen = new ArrayList<>();

        Api.Reply page = api.get("/api/v1/chats?limit=40", alice.accessToken());
        seen.addAll(ids(page));
        int pages = 1;
        long spokeLast = 0;
        while ((Boolean) page.json().get("has_more")) {
            // activity in chats already seen between pages: each jumps to the top, above the cursor
            chats.send(bob, "/api/v1/group/" + seen.get(pages - 1), "news " + pages);
            spokeLast = seen.get(seen.size() - 1);
            chats.send(bob, "/api/v1/group/" + spokeLast, "more news " + pages);
            page = api.get("/api/v1/chats?limit=40&cursor=" + page.string("next_cursor"), alice.accessToken());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page));
            pages++;
        }

        assertThat(pages).isEqualTo(4);
        assertThat(page.json()).containsEntry("next_cursor", null);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(groups);
        assertThat(ids(api.get("/api/v1/chats?limit=1", alice.accessToken())))
                .as("the chat that spoke last is on top of a fresh first page")
                .containsExactly(spokeLast);
    }

    @Test
    void aChatThatWakesUpBehindTheCursorIsOnTheFirstPageAndNotRepeated() {
        List<Long> groups = groups(6);
        Api.Reply first = api.get("/api/v1/chats?limit=3", alice.accessToken());
        long sleeper = groups.get(0);

        chats.send(bob, "/api/v1/group/" + sleeper, "wake up");
        List<Long> second =
                ids(api.get("/api/v1/chats?limit=3&cursor=" + first.string("next_cursor"), alice.accessToken()));

        assertThat(second).containsExactly(groups.get(2), groups.get(1));
        assertThat(ids(api.get("/api/v1/chats?limit=1", alice.accessToken()))).containsExactly(sleeper);
    }

    @Test
    void aCursorTheServerDidNotGiveOutIs400Json() {
        groups(3);
        String good = api.get("/api/v1/chats?limit=1", alice.accessToken()).string("next_cursor");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        for (String cursor : List.of(
                "",
                "abc",
                "!!!",
                base64.encodeToString("1.2".getBytes(StandardCharsets.US_ASCII)),
                base64.encodeToString("1.2.-3".getBytes(StandardCharsets.US_ASCII)),
                base64.encodeToString("1.2.99999999999999999999".getBytes(StandardCharsets.US_ASCII)),
                // well formed, but a time no chat can have and the database cannot even hold
                base64.encodeToString("31556889864403199.0.1".getBytes(StandardCharsets.US_ASCII)),
                base64.encodeToString("-31557014167219200.0.1".getBytes(StandardCharsets.US_ASCII)),
                good + "=",
                good + "A",
                "x".repeat(500))) {
            Api.Reply reply = api.get("/api/v1/chats?cursor=" + cursor, alice.accessToken());
            assertThat(reply.status())
                    .as("cursor '" + cursor + "' answered " + reply)
                    .isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.json())
                    .containsEntry("error", "request.invalid_cursor")
                    .containsEntry("message", "cursor must be a next_cursor from an earlier page of this list");
        }
    }

    /** Creates {@code count} groups of Alice's (with Bob), one after the other; their ids, oldest first. */
    private List<Long> groups(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(chats.group(alice, Api.uniqueName("page " + i + " "), bob));
        }
        return ids;
    }

    private static List<Long> ids(Api.Reply reply) {
        return reply.list("rooms").stream()
                .map(room -> ((Number) room.get("id")).longValue())
                .toList();
    }
}
