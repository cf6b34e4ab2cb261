package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * File messages that name no usable file (null or blank URLs, files where the message cannot carry them) are
 * refused with 400 over REST and an error frame over the socket, and nothing is stored or silently dropped.
 */
class FileMessageRefusalsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private String photo(Api.Session who, String conversation) {
        Multipart form = new Multipart().file("photos", "cat.png", "image/png", MediaFixtures.image("png", 8, 8));
        Api.Reply reply = api.post(conversation + "/img", form.contentType(), form.bytes(), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.strings().get(0);
    }

    @Test
    void nullOrBlankFileUrlsAreRefusedWith400OverRestAndNothingIsStored() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String group = "/api/v1/group/" + chats.group(alice, "Nulls", bob);
        java.util.ArrayList<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        List<Map<String, Object>> bodies = List.of(
                body("type", "with_files", "file_urls", withNull),
                body("type", "with_files", "file_urls", List.of(" ")),
                body("type", "audio_message", "audio_message_url", null),
                body("type", "audio_message", "audio_message_url", ""),
                body("type", "video_message", "video_message_url", "  "),
                body("type", "message", "text", "hi", "file_urls", List.of(photo(alice, group))));

        for (Map<String, Object> bad : bodies) {
            Api.Reply refused = api.postJson(group + "/messages", bad, alice.accessToken());
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.error()).as(bad.toString()).isEqualTo("message.invalid_files");
        }
        assertThat(chats.history(bob, group)).isEmpty();
    }

    @Test
    void nullOrBlankFileUrlsInSocketFramesGetAnErrorFrameAndNothingIsSent() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        List<List<String>> cases = List.of(
                List.of("{\"type\":\"with_files\",\"file_urls\":[null]}", "frame.invalid_field"),
                List.of("{\"type\":\"with_files\",\"file_urls\":[\"\"]}", "message.invalid_files"),
                List.of("{\"type\":\"audio_message\",\"audio_message_url\":null}", "message.invalid_files"),
                List.of("{\"type\":\"audio_message\",\"audio_message_url\":\" \"}", "message.invalid_files"),
                List.of("{\"type\":\"video_message\",\"video_message_url\":7}", "frame.invalid_field"));

        try (WsClient socket = WsClient.open(server, chat, alice.accessToken())) {
            socket.next("history", null);
            for (List<String> bad : cases) {
                socket.sendText(bad.get(0));
                assertThat(payload(socket.next("error", null)).get("error"))
                        .as(bad.get(0))
                        .isEqualTo(bad.get(1));
            }
        }
        assertThat(chats.history(bob, chat)).isEmpty();
    }

    @Test
    void aDirectSendWithFilesLandsWithThemOrIsRefusedButNeverDropsThem() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String direct = "/api/v1/direct/" + bob.userId() + "/messages";

        Api.Reply noChatYet = api.postJson(
                direct,
                body("type", "with_files", "text", "see attached", "file_urls", List.of("/chat/1/img/1_cat.png")),
                alice.accessToken());
        assertThat(noChatYet.status()).as(noChatYet.toString()).isEqualTo(400);
        assertThat(noChatYet.error()).isEqualTo("message.foreign_file");
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).isEmpty();

        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        String url = photo(alice, chat);
        Api.Reply sent = api.postJson(
                direct,
                body("type", "with_files", "text", "see attached", "file_urls", List.of(url)),
                alice.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json())
                .containsEntry("type", "with_files")
                .containsEntry("file_url", url)
                .containsEntry("text", "see attached");
        assertThat(chats.history(bob, chat))
                .singleElement()
                .satisfies(
                        m -> assertThat(m).containsEntry("type", "with_files").containsEntry("file_url", url));
    }
}
