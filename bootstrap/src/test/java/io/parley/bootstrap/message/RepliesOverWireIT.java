package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies over REST and sockets: reply_to is stored (no longer dropped) and the quote follows the original. */
class RepliesOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private long chatId;
    private String chat;

    @BeforeEach
    void openChat() {
        alice = api.register();
        bob = api.register();
        chatId = chats.open(alice, bob);
        chat = "/api/v1/chat/" + chatId;
    }

    /** Until replies existed, reply_to was silently dropped: the answer had neither reply_to nor a quote. */
    @Test
    void replyToIsNoLongerDroppedTheReplyCarriesAQuoteOfTheOriginal() {
        Map<String, Object> original = chats.send(alice, chat, "Tea at five?");

        Api.Reply reply = reply(bob, chat, "Yes!", Chats.id(original));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(number(reply.json(), "reply_to")).isEqualTo(Chats.id(original));
        Map<String, Object> quote = reply.map("quote");
        assertThat(number(quote, "message_id")).isEqualTo(Chats.id(original));
        assertThat(quote)
                .containsEntry("text", "Tea at five?")
                .containsEntry("type", "message")
                .containsEntry("deleted", false);
        assertThat(number(map(quote, "author"), "id")).isEqualTo(alice.userId());
        Map<String, Object> inHistory = chats.history(alice, chat).get(1);
        assertThat(map(inHistory, "quote")).containsEntry("text", "Tea at five?");
        assertThat(chats.history(alice, chat).get(0))
                .containsEntry("reply_to", null)
                .containsEntry("quote", null);
    }

    @Test
    void theQuoteFollowsEditsOfTheOriginalAndSaysDeletedOnceItIsGone() {
        Map<String, Object> original = chats.send(alice, chat, "Tea at five?");
        reply(bob, chat, "Yes!", Chats.id(original));

        api.patchJson(chat + "/messages/" + Chats.id(original), Map.of("text", "Tea at six?"), alice.accessToken());
        assertThat(map(chats.history(bob, chat).get(1), "quote")).containsEntry("text", "Tea at six?");

        api.delete(chat + "/messages/" + Chats.id(original), alice.accessToken());
        List<Map<String, Object>> history = chats.history(bob, chat);
        assertThat(history).hasSize(1);
        assertThat(map(history.get(0), "quote")).containsEntry("deleted", true).containsEntry("text", null);
        assertThat(number(history.get(0), "reply_to")).isEqualTo(Chats.id(original));
    }

    @Test
    void aLongOriginalIsQuotedByItsFirst200Characters() {
        String longText = "\uD83D\uDE00".repeat(150) + "x".repeat(150);
        Map<String, Object> original = chats.send(alice, chat, longText);

        Map<String, Object> quote = reply(bob, chat, "wow", Chats.id(original)).map("quote");

        String quoted = (String) quote.get("text");
        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(200);
        assertThat(quoted).isEqualTo("\uD83D\uDE00".repeat(150) + "x".repeat(50));
        assertThat(map(chats.history(alice, chat).get(1), "quote")).containsEntry("text", quoted);
    }

    @Test
    void aReplyToAMessageOfAnotherChatOrToNoMessageIsRefusedAndStoresNothing() {
        Api.Session carol = api.register();
        String elsewhere = "/api/v1/chat/" + chats.open(bob, carol);
        long foreign = Chats.id(chats.send(bob, elsewhere, "bob elsewhere"));
        chats.send(alice, chat, "hello");

        for (Object target : List.of(foreign, Long.MAX_VALUE - 3)) {
            Api.Reply refused = reply(bob, chat, "sneaky", target);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.error()).isEqualTo("message.reply_to_unknown");
        }
        Api.Reply notAnId = reply(bob, chat, "sneaky", "12");
        assertThat(notAnId.status()).as(notAnId.toString()).isEqualTo(400);
        Api.Reply zero = reply(bob, chat, "sneaky", 0);
        assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
        Api.Reply direct = api.postJson(
                "/api/v1/direct/" + alice.userId() + "/messages",
                Map.of("text", "psst", "reply_to", foreign),
                bob.accessToken());
        assertThat(direct.status()).as(direct.toString()).isEqualTo(400);
        assertThat(direct.error()).isEqualTo("message.reply_to_unsupported");

        assertThat(chats.history(alice, chat)).extracting(m -> m.get("text")).containsExactly("hello");
        assertThat(chats.history(carol, elsewhere))
                .extracting(m -> m.get("text"))
                .containsExactly("bob elsewhere");
    }

    @Test
    void aReplySentOverTheSocketReachesTheOtherMemberWithItsQuote() {
        Map<String, Object> original = chats.send(alice, chat, "Tea at five?");
        try (WsClient bobs = WsClient.open(server, chat, bob.accessToken());
                WsClient alices = WsClient.open(server, chat, alice.accessToken())) {
            bobs.next("history", null);
            alices.next("history", null);

            bobs.send(Map.of("type", "message", "text", "Yes!", "reply_to", Chats.id(original), "client_id", "r-1"));

            assertThat(payload(bobs.next("ack", null))).containsEntry("client_id", "r-1");
            Map<String, Object> delivered = payload(alices.next("message", "message"));
            assertThat(delivered).containsEntry("text", "Yes!");
            assertThat(map(delivered, "quote")).containsEntry("text", "Tea at five?");

            bobs.send(Map.of("type", "message", "text", "No", "reply_to", Long.MAX_VALUE - 3, "client_id", "r-2"));
            assertThat(payload(bobs.next("error", null)))
                    .containsEntry("error", "message.reply_to_unknown")
                    .containsEntry("client_id", "r-2");
        }
        assertThat(chats.history(alice, chat)).extracting(m -> m.get("text")).containsExactly("Tea at five?", "Yes!");
    }

    private Api.Reply reply(Api.Session who, String conversation, String text, Object replyTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("reply_to", replyTo);
        return api.postJson(conversation + "/messages", body, who.accessToken());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }
}
