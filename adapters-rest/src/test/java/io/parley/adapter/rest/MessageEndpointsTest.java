package io.parley.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.wire.testing.AdapterTestServer;
import io.parley.application.account.VerifySessionQuery;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.message.DeleteMessageCommand;
import io.parley.application.message.ListMessagesQuery;
import io.parley.application.message.MarkReadCommand;
import io.parley.application.message.MessageHistory;
import io.parley.application.message.ReadState;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SentMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The message controller: paths, bodies and query parameters become commands; answers keep seed 000's shape. */
class MessageEndpointsTest {
    private static final Instant SENT = Instant.parse("2025-03-04T05:06:07Z");
    private static final MessageView HELLO =
            new MessageView(31, 12, ChatKind.GROUP, 4, 7, "Alice", "hello", "c-1", SENT, null, false);
    private final Http http = new Http(AdapterTestServer.get());
    private final String token = AdapterTestServer.token(7, UUID.randomUUID());
    private ScriptedUseCases script;

    @BeforeEach
    void emptyScriptWithAnActiveSession() {
        script = AdapterTestServer.script();
        script.answer(VerifySessionQuery.class, query -> true);
    }

    @Test
    void aSendIs201InSeed000sShapeAndCarriesTheCallerTheGroupAndTheBody() {
        script.answer(SendMessageCommand.class, command -> new SentMessage(HELLO, false));

        Http.Reply reply =
                http.postJson("/api/v1/group/12/messages", "{\"text\":\"hello\",\"client_id\":\"c-1\"}", token);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Idempotent-Replayed")).isNull();
        assertThat(reply.json())
                .containsEntry("id", 31)
                .containsEntry("chat_id", 12)
                .containsEntry("group_id", 12)
                .containsEntry("type", "message")
                .containsEntry("text", "hello")
                .containsEntry("content", "hello")
                .containsEntry("seq", 4)
                .containsEntry("client_id", "c-1")
                .containsEntry("user_id", 7)
                .containsEntry("author", Map.of("id", 7, "name", "Alice"))
                .containsEntry("time", "2025-03-04T05:06:07Z")
                .containsEntry("edited", false)
                .containsEntry("edited_at", null)
                .containsEntry("file_url", null)
                .containsEntry("file_urls", List.of())
                .containsEntry("files", List.of());
        assertThat(script.only(SendMessageCommand.class))
                .isEqualTo(new SendMessageCommand(UserId.of(7), ChatAddress.group(12), "hello", "c-1"));
    }

    @Test
    void aPrivateChatMessageHasNoGroupIdField() {
        MessageView inPrivate = new MessageView(32, 5, ChatKind.PRIVATE, 1, 7, "Alice", "hi", null, SENT, null, true);
        script.answer(SendMessageCommand.class, command -> new SentMessage(inPrivate, false));

        Http.Reply reply = http.postJson("/api/v1/chat/5/messages", "{\"text\":\"hi\"}", token);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json())
                .doesNotContainKey("group_id")
                .containsEntry("chat_id", 5)
                .containsEntry("read", true);
        assertThat(script.only(SendMessageCommand.class).chat()).isEqualTo(ChatAddress.privateChat(5));
    }

    @Test
    void aReplayedRetryAnswersTheStoredMessageMarkedIdempotentReplayed() {
        script.answer(SendMessageCommand.class, command -> new SentMessage(HELLO, true));

        Http.Reply reply =
                http.postJson("/api/v1/group/12/messages", "{\"text\":\"hello\",\"client_id\":\"c-1\"}", token);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reply.json()).containsEntry("id", 31);
    }

    @Test
    void historyQueryParametersBecomeTheHistoryPage() {
        script.answer(ListMessagesQuery.class, query -> new MessageHistory(List.of(HELLO), true));

        Http.Reply reply = http.get("/api/v1/group/12/messages?limit=20&before_seq=9", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("has_more", true);
        assertThat((List<?>) reply.json().get("messages")).hasSize(1);
        assertThat(script.only(ListMessagesQuery.class))
                .isEqualTo(
                        new ListMessagesQuery(UserId.of(7), ChatAddress.group(12), new HistoryPage(20, 0, 9L, null)));
    }

    @Test
    void withoutParametersHistoryReadsTheNewestFifty() {
        script.answer(ListMessagesQuery.class, query -> new MessageHistory(List.of(), false));

        Http.Reply reply = http.get("/api/v1/chat/5/messages", token);

        assertThat(reply.json()).isEqualTo(Map.of("messages", List.of(), "has_more", false));
        assertThat(script.only(ListMessagesQuery.class).page()).isEqualTo(new HistoryPage(50, 0, null, null));
    }

    @Test
    void aBadCursorIs400WithItsCodeAndReachesNoUseCase() {
        Http.Reply reply = http.get("/api/v1/chat/5/messages?before_seq=0", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("request.invalid_cursor");
        assertThat(script.received()).noneMatch(ListMessagesQuery.class::isInstance);
    }

    @Test
    void aPathIdThatIsNoNumberIs400InJsonAndReachesNoUseCase() {
        Http.Reply reply = http.get("/api/v1/chat/abc/messages", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("request.invalid");
        assertThat(script.received()).noneMatch(ListMessagesQuery.class::isInstance);
    }

    @Test
    void aMissingConversationIsTheUseCases404WithItsCode() {
        script.answer(SendMessageCommand.class, command -> {
            throw command.chat().notFound();
        });

        Http.Reply reply = http.postJson("/api/v1/group/99/messages", "{\"text\":\"anyone?\"}", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("group.not_found");
    }

    @Test
    void aReadWithoutMessageIdIs400AndMovesNothing() {
        Http.Reply reply = http.postJson("/api/v1/chat/5/read", "{}", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("message.missing_id");
        assertThat(script.received()).noneMatch(MarkReadCommand.class::isInstance);
    }

    @Test
    void aReadAnswersTheReadPointer() {
        script.answer(MarkReadCommand.class, command -> new ReadState(4, true));

        Http.Reply reply = http.postJson("/api/v1/group/12/read", "{\"message_id\":31}", token);

        assertThat(reply.json()).isEqualTo(Map.of("status", "ok", "read_seq", 4));
        assertThat(script.only(MarkReadCommand.class))
                .isEqualTo(new MarkReadCommand(UserId.of(7), ChatAddress.group(12), MessageId.of(31)));
    }

    @Test
    void aDeleteAnswersStatusOk() {
        script.answer(DeleteMessageCommand.class, command -> null);

        Http.Reply reply = http.delete("/api/v1/chat/5/messages/31", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(Map.of("status", "ok"));
        assertThat(script.only(DeleteMessageCommand.class))
                .isEqualTo(new DeleteMessageCommand(UserId.of(7), ChatAddress.privateChat(5), MessageId.of(31)));
    }

    @Test
    void anUnknownPathIs404InJsonEvenWithAToken() {
        Http.Reply reply = http.get("/api/v1/nothing-here", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
    }
}
