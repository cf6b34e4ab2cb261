package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.map;
import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's WebSocket examples replayed literally: every field they show arrives, beside Parley's own (typing and
 * call frames' {@code id}, {@code last_message}'s file fields), and the 64 KiB close says what the docs say.
 */
class SeedFramesOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void seedTypingFramesArriveWithTheChatIdAsId() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        try (WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient bobChat = WsClient.open(server, "/api/v1/chat/" + chat, bob.accessToken())) {
            aliceMain.next("message", "unread_messages");
            bobChat.next("history", null);
            // seed 000's first spelling (bare) and its later one (an envelope), each as the seed shows it
            bobChat.sendText("{\"type\":\"typing\",\"author\":{\"id\":1,\"name\":\"string\"}}");
            Map<String, Object> typing = payload(aliceMain.next("message", "typing"));
            bobChat.sendText("{\"type\":\"message\",\"payload\":{\"id\":" + chat + ",\"chat_id\":" + chat
                    + ",\"type\":\"stop_typing\",\"author\":{\"id\":1,\"name\":\"string\"},"
                    + "\"time\":\"2023-10-01T12:00:00Z\"}}");
            Map<String, Object> stopped = payload(aliceMain.next("message", "stop_typing"));

            for (Map<String, Object> frame : List.of(typing, stopped)) {
                assertThat(number(frame, "id")).isEqualTo(chat);
                assertThat(number(frame, "chat_id")).isEqualTo(chat);
                assertThat(number(map(frame, "author"), "id")).isEqualTo(bob.userId());
                assertThat(frame.get("time")).isNotNull().isNotEqualTo("2023-10-01T12:00:00Z");
            }
        }
    }

    @Test
    void callNotificationsCarryAnIdOnTheMainAndTheChatSocket() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient bobChat = WsClient.open(server, "/api/v1/chat/" + chat, bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            bobChat.next("history", null);
            try (WsClient aliceCall = WsClient.open(server, "/api/v1/chat/" + chat + "/call", alice.accessToken())) {
                aliceCall.send(Map.of("type", "join", "roomId", chat));
                Map<String, Object> live = map(payload(bobMain.next("notification", "call")), "message");
                assertThat(number(live, "id")).isEqualTo(chat);
                assertThat(number(live, "chat_id")).isEqualTo(chat);
                assertThat(number(map(live, "author"), "id")).isEqualTo(alice.userId());
                assertThat(number(payload(bobChat.next("message", "call")), "id"))
                        .isEqualTo(chat);
                try (WsClient late = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
                    Map<String, Object> ongoing = map(payload(late.next("notification", "call")), "message");
                    assertThat(number(ongoing, "id")).isEqualTo(chat);
                }
            }
            Map<String, Object> ended = map(payload(bobMain.next("notification", "call_ended")), "message");
            assertThat(number(ended, "id")).isEqualTo(chat);
        }
    }

    @Test
    void lastMessageCarriesTheSeedFileFieldsOfItsFirstFile() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long files = chats.open(alice, bob);
        long text = chats.open(carol, bob);
        long empty = chats.group(alice, "Quiet", bob);
        byte[] png = MediaFixtures.image("png", 24, 24);
        String url = uploadPhoto(alice, files, png);
        Api.Reply sent = api.postJson(
                "/api/v1/chat/" + files + "/messages",
                Map.of("type", "with_files", "text", "look", "file_urls", List.of(url)),
                alice.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        chats.send(carol, "/api/v1/chat/" + text, "plain words");

        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            Map<String, Object> withFile = lastMessage(bobMain, files);
            assertThat(withFile)
                    .containsEntry("type", "last_message")
                    .containsEntry("text", "look")
                    .containsEntry("file_url", url)
                    .containsEntry("file_urls", List.of(url))
                    .containsEntry("file_name", "cat.png")
                    .containsEntry("file_mime", "image/png")
                    .containsEntry("file_type", "photo")
                    .containsEntry("file_size", png.length)
                    .containsEntry("chat_type", "private")
                    .containsKeys("chat_name", "unread_count", "cursor", "seq", "read", "edited");
            assertThat(number(withFile, "id")).isEqualTo(Chats.id(sent.json()));
            assertThat(lastMessage(bobMain, text))
                    .containsEntry("text", "plain words")
                    .containsEntry("file_url", null)
                    .containsEntry("file_urls", List.of())
                    .containsEntry("file_name", null)
                    .containsEntry("file_size", null);
            assertThat(lastMessage(bobMain, empty))
                    .containsEntry("id", null)
                    .containsEntry("file_url", null)
                    .containsEntry("file_urls", null)
                    .containsEntry("file_type", null);
        }
    }

    @Test
    void aFrameOver64KibIsClosedWith1009AndOneOfTheTwoDocumentedReasons() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String huge = "{\"type\":\"message\",\"text\":\"" + "x".repeat(70 * 1024) + "\"}";
        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            socket.sendText(huge);
            assertThat(socket.closeCode(WsClient.WAIT)).isEqualTo(1009);
            assertThat(socket.closeReason()).isEqualTo("frames are limited to 64 KiB");
        }
        // a browser sends the text as one frame (the JDK client splits it)
        try (Socket raw = RawUpgrade.openSilent(server, "/api/v1/main", alice.accessToken())) {
            RawUpgrade.readTextContaining(raw, "unread_messages");
            RawUpgrade.sendText(raw, huge);
            // Netty refuses a frame that long before Parley sees it, with its own reason (documented as such)
            assertThat(RawUpgrade.readCloseReason(raw)).isEqualTo("Max frame length of 65536 has been exceeded.");
        }
    }

    private String uploadPhoto(Api.Session who, long chat, byte[] png) {
        Multipart form = new Multipart().file("photos", "cat.png", "image/png", png);
        Api.Reply reply =
                api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.strings().get(0);
    }

    /** The opening {@code last_message} of {@code chat}, among the frames already received. */
    private static Map<String, Object> lastMessage(WsClient main, long chat) {
        return main.all().stream()
                .filter(f -> Frames.of("message", "last_message").test(f) && number(payload(f), "chat_id") == chat)
                .map(Frames::payload)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no last_message of chat " + chat + " in " + main.all()));
    }
}
