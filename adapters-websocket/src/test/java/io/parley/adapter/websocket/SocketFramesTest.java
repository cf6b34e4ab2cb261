package io.parley.adapter.websocket;

import static io.parley.adapter.websocket.SocketClient.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.adapter.wire.testing.AdapterTestServer;
import io.parley.application.chat.CheckMembershipQuery;
import io.parley.application.chat.Inbox;
import io.parley.application.chat.OpenInboxQuery;
import io.parley.application.event.MessageSent;
import io.parley.application.event.SessionsEnded;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.message.MarkReadCommand;
import io.parley.application.message.RecentHistory;
import io.parley.application.message.RecentHistoryQuery;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SentMessage;
import io.parley.application.model.MessageView;
import io.parley.application.presence.GoOfflineCommand;
import io.parley.application.presence.GoOnlineCommand;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.auth.SessionId;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frames in and out of open sockets: what opening sends, client frames to use cases, delivered events to frames. */
class SocketFramesTest {
    private static final Instant SENT = Instant.parse("2025-03-04T05:06:07Z");
    private static final MessageView HELLO =
            new MessageView(31, 5, ChatKind.PRIVATE, 4, 8, "Bob", "hello", null, SENT, null, false);
    private final EmbeddedServer server = AdapterTestServer.get();
    private final UUID session = UUID.randomUUID();
    private final String token = AdapterTestServer.token(7, session);
    private ScriptedUseCases script;

    @BeforeEach
    void membersOfEveryChat() {
        script = AdapterTestServer.script();
        script.answer(GoOnlineCommand.class, command -> null);
        script.answer(GoOfflineCommand.class, command -> null);
        script.answer(
                CheckMembershipQuery.class,
                query -> new Membership(query.chat().id(), query.chat().kind(), query.actor(), MemberRole.MEMBER));
        script.answer(OpenInboxQuery.class, query -> new Inbox(List.of(), List.of(HELLO), List.of(), List.of()));
        script.answer(RecentHistoryQuery.class, query -> new RecentHistory(List.of(HELLO), false, 4));
    }

    @Test
    void theMainSocketOpensWithTheUnreadMessagesOfTheInboxAndPutsTheUserOnline() {
        try (SocketClient socket = SocketClient.open(server, "/api/v1/main", token)) {
            Map<String, Object> unread = payload(socket.next("message"));

            assertThat(unread.get("type")).isEqualTo("unread_messages");
            assertThat(SocketClient.list(unread, "messages"))
                    .singleElement()
                    .satisfies(m -> assertThat(m)
                            .containsEntry("id", 31)
                            .containsEntry("chat_type", "private")
                            .containsEntry("text", "hello")
                            .containsEntry("author", Map.of("id", 8, "name", "Bob"))
                            .containsEntry("seq", 4));
        }
        assertThat(script.only(GoOnlineCommand.class)).isEqualTo(new GoOnlineCommand(UserId.of(7)));
    }

    @Test
    void aChatSocketOpensWithTheRecentHistoryAskedForByItsQuery() {
        try (SocketClient socket = SocketClient.open(server, "/api/v1/chat/5?limit=20&offset=3", token)) {
            Map<String, Object> history = payload(socket.next("history"));

            assertThat(history)
                    .containsEntry("type", "history")
                    .containsEntry("chat_id", 5)
                    .containsEntry("has_more", false)
                    .containsEntry("cursor", 4);
            assertThat((List<?>) history.get("messages")).hasSize(1);
        }
        assertThat(script.only(RecentHistoryQuery.class))
                .isEqualTo(new RecentHistoryQuery(UserId.of(7), ChatAddress.privateChat(5), 20, 3));
    }

    @Test
    void aMessageFrameIsSentAsTheSocketsUserIntoItsChatAndAcknowledged() {
        script.answer(
                SendMessageCommand.class,
                command -> new SentMessage(
                        new MessageView(32, 5, ChatKind.PRIVATE, 5, 7, "Alice", "hi", "c-9", SENT, null, false),
                        false));

        try (SocketClient socket = SocketClient.open(server, "/api/v1/chat/5", token)) {
            socket.next("history");
            socket.send("{\"type\":\"message\",\"text\":\"hi\",\"client_id\":\"c-9\"}");
            Map<String, Object> ack = payload(socket.next("ack"));

            assertThat(ack)
                    .containsEntry("action", "message")
                    .containsEntry("client_id", "c-9")
                    .containsEntry("chat_id", 5)
                    .containsEntry("id", 32)
                    .containsEntry("seq", 5)
                    .containsEntry("replayed", false);
        }
        assertThat(script.only(SendMessageCommand.class))
                .isEqualTo(new SendMessageCommand(UserId.of(7), ChatAddress.privateChat(5), "hi", "c-9"));
    }

    @Test
    void badFramesGetErrorFramesAndTheSocketStaysOpen() {
        try (SocketClient socket = SocketClient.open(server, "/api/v1/chat/5", token)) {
            socket.next("history");
            socket.send("not json");
            assertThat(payload(socket.next("error"))).containsEntry("error", "frame.invalid_json");
            socket.send("{\"type\":\"shout\",\"client_id\":\"c-1\"}");
            assertThat(payload(socket.next("error")))
                    .containsEntry("error", "frame.unknown_type")
                    .containsEntry("action", "shout")
                    .containsEntry("client_id", "c-1");
            socket.send("{\"type\":\"message\",\"chat_id\":6,\"text\":\"x\"}");
            assertThat(payload(socket.next("error"))).containsEntry("error", "frame.wrong_chat");
        }
        assertThat(script.received()).noneMatch(SendMessageCommand.class::isInstance);
    }

    @Test
    void aRuleRejectionBecomesAnErrorFrameWithItsCodeEchoingTheFramesActionClientIdAndChat() {
        script.answer(MarkReadCommand.class, command -> {
            throw new DomainException(ErrorKind.NOT_FOUND, "message.not_found", "no such message");
        });

        try (SocketClient socket = SocketClient.open(server, "/api/v1/chat/5", token)) {
            socket.next("history");
            socket.send("{\"type\":\"read\",\"id\":99,\"chat_id\":5,\"client_id\":\"c-2\"}");

            assertThat(payload(socket.next("error")))
                    .containsEntry("error", "message.not_found")
                    .containsEntry("message", "no such message")
                    .containsEntry("action", "read")
                    .containsEntry("client_id", "c-2")
                    .containsEntry("chat_id", 5);
        }
        assertThat(script.only(MarkReadCommand.class).chat()).isEqualTo(ChatAddress.privateChat(5));
    }

    @Test
    void aDeliveredMessageSentBecomesAMessageFrameOnTheChatsSocket() {
        MessageView next =
                new MessageView(33, 5, ChatKind.PRIVATE, 5, 8, "Bob", "are you there?", null, SENT, null, false);

        try (SocketClient socket = SocketClient.open(server, "/api/v1/chat/5", token)) {
            socket.next("history");
            clients().deliver(new MessageSent(next, 5, List.of(UserId.of(7), UserId.of(8))));
            Map<String, Object> message = payload(socket.next("message"));

            assertThat(message)
                    .containsEntry("type", "message")
                    .containsEntry("id", 33)
                    .containsEntry("seq", 5)
                    .containsEntry("text", "are you there?")
                    .containsEntry("chat_id", 5);
        }
    }

    @Test
    void aDeliveredEndOfTheSocketsSessionClosesItWith4401() {
        try (SocketClient socket = SocketClient.open(server, "/api/v1/main", token)) {
            socket.next("message");
            clients().deliver(SessionsEnded.one(UserId.of(7), new SessionId(session)));

            assertThat(socket.closeCode()).isEqualTo(4401);
        }
    }

    private LocalConnections clients() {
        return server.getApplicationContext().getBean(LocalConnections.class);
    }
}
