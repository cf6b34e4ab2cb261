package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Chats.id;
import static io.parley.bootstrap.support.Chats.seq;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session alice;
    private Api.Session bob;
    private String chat;

    @BeforeEach
    void openChat() {
        alice = api.register();
        bob = api.register();
        chat = "/api/v1/chat/" + chats.open(alice, bob);
    }

    @Test
    void aSentMessageComesBackInSeed000sShapeWithSeqAndClientId() {
        Map<String, Object> sent = chats.send(alice, chat, "  hello bob  ", "c-1");

        assertThat(sent)
                .containsEntry("text", "hello bob")
                .containsEntry("content", "hello bob")
                .containsEntry("type", "message")
                .containsEntry("seq", 1)
                .containsEntry("client_id", "c-1")
                .containsEntry("read", false)
                .containsEntry("edited", false)
                .containsEntry("user_id", (int) alice.userId())
                .containsKeys("id", "chat_id", "time", "timestamp");
        assertThat(sent).doesNotContainKey("group_id");
        @SuppressWarnings("unchecked")
        Map<String, Object> author = (Map<String, Object>) sent.get("author");
        assertThat(((Number) author.get("id")).longValue()).isEqualTo(alice.userId());
        assertThat(sent.get("time")).isEqualTo(sent.get("timestamp"));

        List<Map<String, Object>> history = chats.history(bob, chat);
        assertThat(history).hasSize(1);
        assertThat(id(history.get(0))).isEqualTo(id(sent));
    }

    @Test
    void bothMembersWriteAndSeqsCountUp() {
        chats.send(alice, chat, "one");
        chats.send(bob, chat, "two");
        chats.send(alice, chat, "three");

        assertThat(chats.history(alice, chat)).extracting(m -> m.get("text")).containsExactly("one", "two", "three");
        assertThat(chats.history(bob, chat)).extracting(Chats::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void historyPagesByOffsetFromTheNewestAndByCursorBothWays() {
        for (int i = 1; i <= 7; i++) {
            chats.send(i % 2 == 0 ? bob : alice, chat, "m" + i);
        }

        Api.Reply newest = api.get(chat + "/messages?limit=3", alice.accessToken());
        assertThat(newest.list("messages")).extracting(m -> m.get("text")).containsExactly("m5", "m6", "m7");
        assertThat(newest.json()).containsEntry("has_more", true);
        Api.Reply older = api.get(chat + "/messages?limit=3&offset=3", alice.accessToken());
        assertThat(older.list("messages")).extracting(m -> m.get("text")).containsExactly("m2", "m3", "m4");
        Api.Reply oldest = api.get(chat + "/messages?limit=3&offset=6", alice.accessToken());
        assertThat(oldest.list("messages")).extracting(m -> m.get("text")).containsExactly("m1");
        assertThat(oldest.json()).containsEntry("has_more", false);

        Api.Reply before = api.get(chat + "/messages?limit=2&before_seq=5", alice.accessToken());
        assertThat(before.list("messages")).extracting(Chats::seq).containsExactly(3L, 4L);
        assertThat(before.json()).containsEntry("has_more", true);
        Api.Reply after = api.get(chat + "/messages?limit=2&after_seq=5", alice.accessToken());
        assertThat(after.list("messages")).extracting(Chats::seq).containsExactly(6L, 7L);
        assertThat(after.json()).containsEntry("has_more", false);
    }

    @Test
    void badPagingParametersAre400() {
        for (String query : List.of(
                "limit=0",
                "limit=201",
                "offset=-1",
                "limit=abc",
                "before_seq=0",
                "after_seq=-1",
                "offset=2&before_seq=5")) {
            Api.Reply reply = api.get(chat + "/messages?" + query, alice.accessToken());
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.error()).as(query).isNotBlank();
        }
    }

    @Test
    void theAuthorEditsAndEveryoneSeesTheNewText() {
        long id = id(chats.send(alice, chat, "teh typo"));

        Api.Reply edited = api.patchJson(chat + "/messages/" + id, Map.of("text", "the typo"), alice.accessToken());

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json())
                .containsEntry("text", "the typo")
                .containsEntry("edited", true)
                .containsEntry("seq", 1);
        assertThat(edited.json().get("edited_at")).isNotNull();
        assertThat(chats.history(bob, chat).get(0))
                .containsEntry("text", "the typo")
                .containsEntry("edited", true);
    }

    @Test
    void onlyTheAuthorMayEditAndARefusedEditChangesNothing() {
        long id = id(chats.send(alice, chat, "mine"));

        Api.Reply reply = api.patchJson(chat + "/messages/" + id, Map.of("text", "hijacked"), bob.accessToken());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("message.not_author");
        assertThat(chats.history(alice, chat).get(0))
                .containsEntry("text", "mine")
                .containsEntry("edited", false);
    }

    @Test
    void theAuthorDeletesAndTheMessageIsGoneFromHistoryButItsSeqIsNotReused() {
        long first = id(chats.send(alice, chat, "keep"));
        long second = id(chats.send(alice, chat, "regret"));

        Api.Reply deleted = api.delete(chat + "/messages/" + second, alice.accessToken());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.string("status")).isEqualTo("ok");
        assertThat(chats.history(bob, chat)).extracting(Chats::id).containsExactly(first);
        assertThat(seq(chats.send(bob, chat, "next"))).isEqualTo(3);
        assertThat(api.delete(chat + "/messages/" + second, alice.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.patchJson(chat + "/messages/" + second, Map.of("text", "x"), alice.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void inAPrivateChatTheOtherMemberCannotDeleteAMessage() {
        long id = id(chats.send(alice, chat, "not yours"));

        Api.Reply reply = api.delete(chat + "/messages/" + id, bob.accessToken());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("message.delete_forbidden");
        assertThat(chats.history(alice, chat)).hasSize(1);
    }

    @Test
    void badTextIs400AndStoresNothing() {
        for (Object body : List.<Object>of(
                Map.of("text", "   "),
                Map.of("text", "x".repeat(4097)),
                Map.of(),
                Map.of("text", "nul\u0000byte"),
                Map.of("text", "ok", "client_id", ""),
                Map.of("text", "ok", "client_id", "k".repeat(65)),
                "{\"text\": ",
                "[1, 2]")) {
            Api.Reply reply = api.postJson(chat + "/messages", body, alice.accessToken());
            assertThat(reply.status())
                    .as(String.valueOf(body)
                            .substring(0, Math.min(40, String.valueOf(body).length())))
                    .isEqualTo(400);
            assertThat(reply.error()).isNotBlank();
        }
        assertThat(chats.history(alice, chat)).isEmpty();
        assertThat(seq(chats.send(alice, chat, "x".repeat(4096)))).isEqualTo(1);
        assertThat(seq(chats.send(alice, chat, "line one\nline two\twith a tab")))
                .isEqualTo(2);
    }

    @Test
    void emojiCountAsOneCharacterEach() {
        String fourThousandNinetySixEmoji = "\uD83D\uDE00".repeat(4096);
        assertThat(chats.send(alice, chat, fourThousandNinetySixEmoji).get("text"))
                .isEqualTo(fourThousandNinetySixEmoji);
    }

    @Test
    void aRetryWithTheSameClientIdReturnsTheOriginalAndStoresNothingNew() {
        Map<String, Object> original = chats.send(alice, chat, "only once", "retry-key");

        Api.Reply retry = api.postJson(
                chat + "/messages", Map.of("text", "only once", "client_id", "retry-key"), alice.accessToken());

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(retry.json())).isEqualTo(id(original));
        assertThat(seq(retry.json())).isEqualTo(seq(original));
        assertThat(chats.history(bob, chat)).hasSize(1);
        assertThat(seq(chats.send(bob, chat, "bob may use the same key", "retry-key")))
                .isEqualTo(2);
    }

    @Test
    void retryingAMessageThatWasDeletedSinceIs409AndSendsNothing() {
        long id = id(chats.send(alice, chat, "said in haste", "hasty-key"));
        api.delete(chat + "/messages/" + id, alice.accessToken());

        Api.Reply retry = api.postJson(
                chat + "/messages", Map.of("text", "said in haste", "client_id", "hasty-key"), alice.accessToken());

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.error()).isEqualTo("message.original_deleted");
        assertThat(chats.history(bob, chat)).isEmpty();
        assertThat(seq(chats.send(alice, chat, "considered"))).isEqualTo(2);
    }

    @Test
    void reusingAClientIdInAnotherChatIs409() {
        Api.Session carol = api.register();
        String other = "/api/v1/chat/" + chats.open(alice, carol);
        chats.send(alice, chat, "first", "shared-key");

        Api.Reply reply = api.postJson(
                other + "/messages", Map.of("text", "second", "client_id", "shared-key"), alice.accessToken());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("message.client_id_reused");
        assertThat(chats.history(carol, other)).isEmpty();
    }

    @Test
    void directSendOpensTheChatOnceAndLandsInIt() {
        Api.Session carol = api.register();

        Api.Reply first = api.postJson(
                "/api/v1/direct/" + carol.userId() + "/messages", Map.of("text", "hi carol"), alice.accessToken());
        Api.Reply second = api.postJson(
                "/api/v1/direct/" + alice.userId() + "/messages", Map.of("text", "hi alice"), carol.accessToken());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("chat_id")).isEqualTo(first.json().get("chat_id"));
        assertThat(seq(second.json())).isEqualTo(2);
        assertThat(chats.open(alice, carol)).isEqualTo(((Number) first.json().get("chat_id")).longValue());
    }

    @Test
    void directSendWithAKeyUsedInAnotherChatOrForADeletedMessageOpensNothing() {
        chats.send(alice, chat, "used key", "used-key");
        long doomed = id(chats.send(alice, chat, "deleted key", "deleted-key"));
        api.delete(chat + "/messages/" + doomed, alice.accessToken());
        Api.Session carol = api.register();

        Api.Reply reused = api.postJson(
                "/api/v1/direct/" + carol.userId() + "/messages",
                Map.of("text", "hi", "client_id", "used-key"),
                alice.accessToken());
        Api.Reply deleted = api.postJson(
                "/api/v1/direct/" + carol.userId() + "/messages",
                Map.of("text", "hi", "client_id", "deleted-key"),
                alice.accessToken());

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.error()).isEqualTo("message.client_id_reused");
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.error()).isEqualTo("message.original_deleted");
        assertThat(api.get("/api/v1/chats", carol.accessToken()).list("rooms")).isEmpty();
    }

    @Test
    void directSendToNobodyOrToYourselfIsRefusedAndOpensNothing() {
        Api.Reply unknown = api.postJson(
                "/api/v1/direct/" + Long.MAX_VALUE + "/messages", Map.of("text", "hello?"), alice.accessToken());
        Api.Reply self = api.postJson(
                "/api/v1/direct/" + alice.userId() + "/messages", Map.of("text", "me"), alice.accessToken());
        Api.Reply empty = api.postJson(
                "/api/v1/direct/" + api.register().userId() + "/messages", Map.of("text", ""), alice.accessToken());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(self.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).hasSize(1);
    }
}
