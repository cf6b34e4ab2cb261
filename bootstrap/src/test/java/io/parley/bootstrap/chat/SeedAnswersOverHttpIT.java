package io.parley.bootstrap.chat;

import static io.parley.bootstrap.support.Frames.map;
import static io.parley.bootstrap.support.Frames.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's REST examples replayed literally: the chat list's {@code last_message} carries the file fields and the
 * group-creation answer its {@code url}, beside Parley's own fields.
 */
class SeedAnswersOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    @Test
    void theChatListsLastMessageCarriesTheFileFieldsOfItsFirstFile() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        byte[] png = MediaFixtures.image("png", 20, 20);
        Multipart form = new Multipart().file("photos", "garden.png", "image/png", png);
        Api.Reply uploaded =
                api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), alice.accessToken());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        String url = uploaded.strings().get(0);
        Api.Reply sent = api.postJson(
                "/api/v1/chat/" + chat + "/messages",
                Map.of("type", "with_files", "text", "our garden", "file_urls", List.of(url)),
                alice.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

        Map<String, Object> room = api.get("/api/v1/chats", bob.accessToken()).list("rooms").stream()
                .filter(r -> number(r, "id") == chat)
                .findFirst()
                .orElseThrow();
        Map<String, Object> last = map(room, "last_message");
        assertThat(last)
                .containsEntry("chat_id", room.get("id"))
                .containsEntry("type", "with_files")
                .containsEntry("text", "our garden")
                .containsEntry("content", "our garden")
                .containsEntry("file_url", url)
                .containsEntry("file_urls", List.of(url))
                .containsEntry("file_name", "garden.png")
                .containsEntry("file_mime", "image/png")
                .containsEntry("file_type", "photo")
                .containsEntry("file_size", png.length)
                .containsKeys("id", "author", "time", "seq", "files");
        assertThat(number(map(last, "author"), "id")).isEqualTo(alice.userId());
    }

    @Test
    void theGroupCreationAnswerCarriesTheUrlOfItsPhoto() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Multipart form = new Multipart()
                .field(
                        "json",
                        "{\"name\":\"string\",\"owner_id\":0,\"users\":[{\"id\":" + bob.userId()
                                + ",\"name\":\"string\"}]}")
                .file("photo", "croquet.png", "image/png", MediaFixtures.image("png", 16, 16));
        Api.Reply created = api.post("/api/v1/group", form.contentType(), form.bytes(), alice.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json()).containsEntry("status", "ok");
        Map<String, Object> group = created.map("group");
        assertThat(group)
                .containsEntry("name", "string")
                .containsEntry("members_count", 2)
                .containsKeys("id", "description", "owner_id", "created_at");
        String picture = api.get("/api/v1/group/" + number(group, "id") + "/avatar/url", bob.accessToken())
                .string("url");
        assertThat(group.get("url")).isEqualTo(picture).asString().endsWith("croquet.png");

        Api.Reply withoutPhoto = api.postJson("/api/v1/group", Map.of("name", "No photo"), alice.accessToken());
        assertThat(withoutPhoto.map("group")).containsEntry("url", null).containsEntry("name", "No photo");
    }
}
