package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Malformed, unknown, incomplete and oversize frames get an error frame (or 1009), never a crash or a change. */
class BadFramesOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void everyBadFrameIsAnsweredWithItsErrorCodeAndTheSocketStaysUsable() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        List<List<String>> cases = List.of(
                List.of("not json", "frame.invalid_json"),
                List.of("{\"type\":\"message\",\"text\":", "frame.invalid_json"),
                List.of("[1,2,3]", "frame.invalid_json"),
                List.of("\"message\"", "frame.invalid_json"),
                List.of("{}", "frame.missing_field"),
                List.of("{\"type\":42}", "frame.invalid_field"),
                List.of("{\"type\":\"shout\"}", "frame.unknown_type"),
                List.of("{\"type\":\"message\"}", "frame.missing_field"),
                List.of("{\"type\":\"message\",\"text\":5}", "frame.invalid_field"),
                List.of("{\"type\":\"message\",\"text\":\"\"}", "message.empty_text"),
                List.of("{\"type\":\"message\",\"text\":\"hi\",\"client_id\":7}", "frame.invalid_field"),
                List.of("{\"type\":\"read\"}", "frame.missing_field"),
                List.of("{\"type\":\"read\",\"id\":\"12\"}", "frame.invalid_field"),
                List.of("{\"type\":\"read\",\"id\":1.5}", "frame.invalid_field"),
                List.of("{\"type\":\"read\",\"id\":-3}", "message.invalid_id"),
                List.of("{\"type\":\"read\",\"id\":99999999}", "message.not_found"),
                List.of("{\"type\":\"update\",\"id\":99999999}", "frame.missing_field"),
                List.of("{\"type\":\"delete\",\"id\":99999999}", "message.not_found"),
                List.of(
                        "{\"type\":\"message\",\"chat_id\":" + (chat + 1000000) + ",\"text\":\"x\"}",
                        "frame.wrong_chat"),
                List.of("{\"type\":\"resume\"}", "frame.missing_field"),
                List.of("{\"type\":\"resume\",\"chats\":[1]}", "frame.invalid_field"),
                List.of("{\"type\":\"resume\",\"chats\":{\"x\":1}}", "frame.invalid_field"),
                List.of("{\"type\":\"with_files\",\"text\":\"x\"}", "message.invalid_files"),
                List.of("{\"type\":\"message\",\"payload\":\"oops\"}", "frame.missing_field"));

        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            for (List<String> bad : cases) {
                socket.sendText(bad.get(0));
                Map<String, Object> error = payload(socket.next("error", null));
                assertThat(error.get("error")).as(bad.get(0)).isEqualTo(bad.get(1));
                assertThat((String) error.get("message")).as(bad.get(0)).isNotBlank();
            }
            socket.send(Map.of("type", "message", "text", "still here"));
            assertThat(payload(socket.next("ack", null)).get("action")).isEqualTo("message");
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat))
                .extracting(m -> m.get("text"))
                .containsExactly("still here");
    }

    @Test
    void binaryFramesAndNonUtf8BytesDoNotBreakTheSocket() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            socket.sendBinary(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
            socket.sendBinary("{\"type\":\"typing\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.send(Map.of("type", "message", "text", "after binary"));
            assertThat(payload(socket.next("ack", null)).get("action")).isEqualTo("message");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void anErrorForAMistypedFieldStillEchoesTheFramesActionClientIdAndChat() {
        Api.Session alice = api.register();
        try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            socket.next("message", "unread_messages");
            socket.sendText("{\"type\":\"read\",\"chat_id\":5,\"id\":\"12\",\"client_id\":\"c9\"}");
            assertThat(payload(socket.next("error", null)))
                    .containsEntry("error", "frame.invalid_field")
                    .containsEntry("action", "read")
                    .containsEntry("client_id", "c9")
                    .containsEntry("chat_id", 5);
        }
    }

    @Test
    void aClientsCloseIsAnsweredWithTheSameCode() {
        Api.Session alice = api.register();
        try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            socket.next("message", "unread_messages");
            assertThat(socket.closeAndAwaitReply()).isEqualTo(1000);
        }
    }

    @Test
    void onTheMainSocketAFrameMustNameItsChat() {
        Api.Session alice = api.register();
        try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            socket.next("message", "unread_messages");
            socket.send(Map.of("type", "message", "text", "where to?"));
            assertThat(payload(socket.next("error", null)).get("error")).isEqualTo("frame.missing_field");
            socket.send(Map.of("type", "typing", "chat_id", 0));
            assertThat(payload(socket.next("error", null)).get("error")).isEqualTo("chat.invalid_id");
        }
    }

    @Test
    void aFrameOver64KibClosesTheSocketWith1009AndStoresNothingAndLogsNoError() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String huge = "{\"type\":\"message\",\"text\":\"" + "x".repeat(70 * 1024) + "\"}";
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);

        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            socket.sendText(huge);
            assertThat(socket.closeCode(WsClient.WAIT)).isEqualTo(1009);
            // the JDK client splits a long message into frames; a browser sends it as one, which Netty refuses
            try (Socket raw = RawUpgrade.openAndSendAtOnce(
                    server, "/api/v1/chat/" + chat + "/call", alice.accessToken(), "{\"type\":\"join\"}")) {
                RawUpgrade.readTextContaining(raw, "\"joined\"");
                RawUpgrade.sendText(raw, huge);
                assertThat(RawUpgrade.readUntilClose(raw)).isEqualTo(1009);
            }
            try (Socket raw = RawUpgrade.openSilent(server, "/api/v1/main", alice.accessToken())) {
                RawUpgrade.readTextContaining(raw, "unread_messages");
                RawUpgrade.sendText(raw, huge);
                assertThat(RawUpgrade.readUntilClose(raw)).isEqualTo(1009);
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat)).isEmpty();
        // a client's bad frame is not a server error: the error log stays clean
        assertThat(log.list).noneMatch(event -> event.getLevel() == Level.ERROR);
    }

    @Test
    void aTextLongerThanAMessageMayBeIsRefusedButTheSocketStaysOpen() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            socket.send(Map.of("type", "message", "text", "y".repeat(4097)));
            assertThat(payload(socket.next("error", null)).get("error")).isEqualTo("message.text_too_long");
            socket.send(Map.of("type", "typing"));
            socket.send(Map.of("type", "message", "text", "short"));
            assertThat(payload(socket.next("ack", null)).get("action")).isEqualTo("message");
        }
    }
}
