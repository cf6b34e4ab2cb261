package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A member uploads files and sends a message with them; the other member sees it live and in history with the
 * server's own file metadata, never what the client claimed.
 */
class FileMessagesOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    private List<String> upload(Api.Session who, String path, Multipart form) {
        Api.Reply reply = api.post(path, form.contentType(), form.bytes(), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.strings();
    }

    @Test
    void aMessageWithFilesSentOverRestArrivesLiveAndStaysInHistoryWithServerMetadata() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat;
        byte[] png = MediaFixtures.image("png", 32, 32);
        List<String> photos = upload(alice, path + "/img", new Multipart().file("photos", "cat.png", "image/png", png));
        List<String> docs = upload(
                alice, path + "/file", new Multipart().file("files", "cv.pdf", "application/pdf", MediaFixtures.pdf()));

        try (WsClient bobSocket = WsClient.open(server, path, bob.accessToken())) {
            bobSocket.next("history", null);
            Map<String, Object> body = new HashMap<>();
            body.put("type", "with_files");
            body.put("text", "my cat and my cv");
            body.put("file_urls", List.of(photos.get(0), docs.get(0)));
            body.put("file_name", "forged.exe");
            body.put("file_size", 1);
            Api.Reply sent = api.postJson(path + "/messages", body, alice.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(sent.json())
                    .containsEntry("type", "with_files")
                    .containsEntry("file_name", "cat.png")
                    .containsEntry("file_mime", "image/png")
                    .containsEntry("file_type", "photo")
                    .containsEntry("file_size", png.length)
                    .containsEntry("file_url", photos.get(0));

            Map<String, Object> live = payload(bobSocket.next("message", "with_files"));
            assertThat(live.get("file_urls")).isEqualTo(List.of(photos.get(0), docs.get(0)));
            assertThat(Frames.list(live, "files"))
                    .extracting(f -> f.get("file_mime"))
                    .containsExactly("image/png", "application/pdf");
        }
        Map<String, Object> stored = chats.history(bob, path).get(0);
        assertThat(stored)
                .containsEntry("type", "with_files")
                .containsEntry("file_name", "cat.png")
                .containsEntry("text", "my cat and my cv");
        assertThat(api.download("/api/v1" + stored.get("file_url"), bob.accessToken())
                        .body())
                .isEqualTo(png);
    }

    @Test
    void unreadMessagesOnConnectCarryTheirFiles() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat;
        byte[] png = MediaFixtures.image("png", 16, 16);
        List<String> photos = upload(alice, path + "/img", new Multipart().file("photos", "dog.png", "image/png", png));
        Api.Reply sent = api.postJson(
                path + "/messages",
                Map.of("type", "with_files", "text", "my dog", "file_urls", photos),
                alice.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            List<Map<String, Object>> unread =
                    Frames.list(payload(bobMain.next("message", "unread_messages")), "messages");
            assertThat(unread).hasSize(1);
            assertThat(unread.get(0))
                    .containsEntry("type", "with_files")
                    .containsEntry("file_url", photos.get(0))
                    .containsEntry("file_urls", photos)
                    .containsEntry("file_name", "dog.png")
                    .containsEntry("file_size", png.length);
        }
    }

    @Test
    void aVoiceMessageSentOverTheSocketNeedsNoCaption() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Voices", bob);
        String path = "/api/v1/group/" + group;
        Multipart form = new Multipart().file("audio", "hi.ogg", "audio/ogg", MediaFixtures.ogg());
        Api.Reply voice = api.post(path + "/message/audio", form.contentType(), form.bytes(), alice.accessToken());
        String url = voice.string("url");

        try (WsClient aliceSocket = WsClient.open(server, path, alice.accessToken());
                WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            aliceSocket.next("history", null);
            bobMain.next("message", "unread_messages");
            aliceSocket.send(Map.of("type", "audio_message", "audio_message_url", url, "client_id", "v-1"));
            assertThat(payload(aliceSocket.next("ack", null))).containsEntry("action", "audio_message");
            Map<String, Object> heard = Frames.message(bobMain.next(Frames.newMessageOfType(group, "audio_message")));
            assertThat(heard)
                    .containsEntry("audio_message_url", url)
                    .containsEntry("text", "")
                    .containsEntry("file_type", "audio");
        }
    }

    @Test
    void aFileOfAnotherChatOrNoFileAtAllIsRefusedAndNothingIsSent() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long chat = chats.open(alice, bob);
        long otherChat = chats.open(alice, carol);
        List<String> elsewhere = upload(
                alice,
                "/api/v1/chat/" + otherChat + "/img",
                new Multipart().file("photos", "private.png", "image/png", MediaFixtures.image("png", 8, 8)));

        Api.Reply foreign = api.postJson(
                "/api/v1/chat/" + chat + "/messages",
                Map.of("type", "with_files", "file_urls", elsewhere),
                alice.accessToken());
        Api.Reply unknown = api.postJson(
                "/api/v1/chat/" + chat + "/messages",
                Map.of("type", "with_files", "file_urls", List.of("/chat/" + chat + "/img/1_none.png")),
                alice.accessToken());

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.error()).isEqualTo("message.foreign_file");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).isEqualTo("message.unknown_file");
        assertThat(chats.history(alice, "/api/v1/chat/" + chat)).isEmpty();
    }
}
