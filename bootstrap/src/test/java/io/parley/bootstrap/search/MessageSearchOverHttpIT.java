package io.parley.bootstrap.search;

import static io.parley.bootstrap.support.Chats.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageSearchOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private String chat;
    private String group;
    private long groupId;
    /** A word no other test sends, so searches over all chats see only this test's messages. */
    private String word;

    @BeforeEach
    void conversations() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        chat = "/api/v1/chat/" + chats.open(alice, bob);
        groupId = chats.group(alice, "search", bob, carol);
        group = "/api/v1/group/" + groupId;
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void findsMatchesInAllOfTheReadersChatsNewestFirstWithTheMatchedStretches() {
        Map<String, Object> first = chats.send(alice, chat, "lunch " + word + " at noon?");
        Map<String, Object> second = chats.send(bob, group, "<b>" + word.toUpperCase() + "</b> works for me");
        chats.send(bob, chat, "unrelated");

        Api.Reply reply = search(bob, "/api/v1/search/messages", word, "");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<Map<String, Object>> results = reply.list("results");
        assertThat(results).extracting(r -> id(message(r))).containsExactly(id(second), id(first));
        Map<String, Object> newest = message(results.get(0));
        assertThat(newest)
                .containsEntry("text", "<b>" + word.toUpperCase() + "</b> works for me")
                .containsEntry("group_id", (int) groupId)
                .containsKeys("chat_id", "seq", "author", "time", "read");
        assertThat(results.get(0).get("highlights")).isEqualTo(List.of(Map.of("start", 3, "end", 3 + word.length())));
        assertThat(results.get(1).get("highlights")).isEqualTo(List.of(Map.of("start", 6, "end", 6 + word.length())));
        assertThat(reply.json()).containsEntry("next_cursor", null);
    }

    @Test
    void partOfAWordAndTextWithoutSpacesAreFound() {
        Map<String, Object> partial = chats.send(alice, chat, "re" + word + "ing later");
        Map<String, Object> cjk = chats.send(bob, chat, "明日は東京タワーへ行きます");

        assertThat(ids(search(bob, chat + "/search", word.substring(2, 10), "")))
                .containsExactly(id(partial));
        Api.Reply tokyo = search(alice, chat + "/search", "東京タワー", "");
        assertThat(ids(tokyo)).containsExactly(id(cjk));
        assertThat(tokyo.list("results").get(0).get("highlights")).isEqualTo(List.of(Map.of("start", 3, "end", 8)));
    }

    @Test
    void wordsAreFoundAnywhereInTheTextAndLikeWildcardsMatchOnlyThemselves() {
        Map<String, Object> both = chats.send(alice, chat, "station " + word + " near the");
        chats.send(alice, chat, "only " + word);
        Map<String, Object> percent = chats.send(alice, chat, "100% " + word);

        assertThat(ids(search(bob, chat + "/search", "near " + word, ""))).containsExactly(id(both));
        assertThat(ids(search(bob, chat + "/search", "100%", ""))).containsExactly(id(percent));
        assertThat(ids(search(bob, chat + "/search", "_", ""))).isEmpty();
    }

    @Test
    void aQueryOfOneOrTwoCharactersFindsWholeWords() {
        Map<String, Object> ok = chats.send(alice, chat, "OK, " + word);
        chats.send(alice, chat, "okay " + word);

        Api.Reply reply = search(bob, chat + "/search", "ok", "");
        assertThat(ids(reply)).containsExactly(id(ok));
        assertThat(reply.list("results").get(0).get("highlights")).isEqualTo(List.of(Map.of("start", 0, "end", 2)));
    }

    @Test
    void deletedMessagesAreNeverFoundAndEditedOnesOnlyByTheirNewText() {
        Map<String, Object> deleted = chats.send(alice, chat, "secret " + word);
        Map<String, Object> edited = chats.send(alice, chat, "old " + word);
        String replacement = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(api.delete(chat + "/messages/" + id(deleted), alice.accessToken())
                        .status())
                .isEqualTo(200);
        Api.Reply edit = api.patchJson(
                chat + "/messages/" + id(edited), Map.of("text", "new " + replacement), alice.accessToken());
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);

        assertThat(ids(search(bob, "/api/v1/search/messages", word, ""))).isEmpty();
        assertThat(ids(search(bob, "/api/v1/search/messages", "old", "&limit=50")))
                .doesNotContain(id(edited));
        Api.Reply found = search(bob, chat + "/search", replacement, "");
        assertThat(ids(found)).containsExactly(id(edited));
        assertThat(message(found.list("results").get(0))).containsEntry("edited", true);
    }

    @Test
    void outsidersAndFormerMembersFindNothingAndOneChatsSearchIsNotFoundForThem() {
        chats.send(alice, chat, "private " + word);
        chats.send(alice, group, "group " + word);

        assertThat(ids(search(carol, "/api/v1/search/messages", word, ""))).hasSize(1);
        Api.Reply outsider = search(carol, chat + "/search", word, "");
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.error()).isEqualTo("chat.not_found");

        Api.Reply removed = api.deleteJson(group + "/delete", Map.of("users", Chats.refs(carol)), alice.accessToken());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);

        assertThat(ids(search(carol, "/api/v1/search/messages", word, ""))).isEmpty();
        Api.Reply former = search(carol, group + "/search", word, "");
        assertThat(former.status()).isEqualTo(404);
        assertThat(former.error()).isEqualTo("group.not_found");
        assertThat(former.body()).doesNotContain(word);
        assertThat(ids(search(bob, "/api/v1/search/messages", word, ""))).hasSize(2);
    }

    @Test
    void resultsPageByCursorWithoutRepeatsOrHoles() {
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(id(chats.send(i % 2 == 0 ? alice : bob, group, word + " #" + i)));
        }

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page =
                    search(carol, group + "/search", word, "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page));
            cursor = (String) page.json().get("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        Collections.reverse(sent);
        assertThat(seen).containsExactlyElementsOf(sent);
    }

    @Test
    void emptyTooLongOrControlQueriesAndBadPagingAre400AndNoTokenIs401() {
        String everywhere = "/api/v1/search/messages";
        assertError(api.get(everywhere, alice.accessToken()), 400, "search.empty_query");
        assertError(search(alice, everywhere, "   ", ""), 400, "search.empty_query");
        assertError(search(alice, everywhere, "x".repeat(201), ""), 400, "search.query_too_long");
        assertThat(search(alice, everywhere, "é".repeat(200), "").status()).isEqualTo(200);
        assertError(search(alice, everywhere, "a\u0001b", ""), 400, "search.invalid_query");
        assertError(search(alice, everywhere, word, "&limit=0"), 400, "request.invalid_limit");
        assertError(search(alice, everywhere, word, "&limit=51"), 400, "request.invalid_limit");
        assertError(search(alice, everywhere, word, "&cursor=bTA"), 400, "request.invalid_cursor");
        assertError(search(alice, everywhere, word, "&cursor=not-ours"), 400, "request.invalid_cursor");
        assertThat(api.get(everywhere + "?q=" + word, null).status()).isEqualTo(401);
        assertThat(api.get(chat + "/search?q=" + word, "not-a-token").status()).isEqualTo(401);
    }

    private Api.Reply search(Api.Session who, String path, String q, String more) {
        return api.get(path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more, who.accessToken());
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("results").stream().map(r -> id(message(r))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> result) {
        return (Map<String, Object>) result.get("message");
    }

    private static void assertError(Api.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.error()).as(reply.toString()).isEqualTo(error);
        assertThat(reply.json()).containsKey("message");
    }
}
