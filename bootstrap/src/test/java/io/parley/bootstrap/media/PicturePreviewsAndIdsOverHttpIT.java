package io.parley.bootstrap.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pictures serve their PNG preview for {@code ?thumb=1}, named as a PNG, and refuse bad ids like the rest of the API. */
class PicturePreviewsAndIdsOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    private String upload(Api.Session who, String path, String filename, byte[] content) {
        Multipart form = new Multipart().file("photo", filename, "image/jpeg", content);
        Api.Reply reply = api.post(path, form.contentType(), form.bytes(), who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.string("url");
    }

    private static void assertPreview(Api.Download preview, String pngName) throws IOException {
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.body()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(preview.header("Content-Disposition")).contains(pngName).doesNotContain(".jpg");
    }

    @Test
    void thumbOnAUserOrGroupPictureServesItsPngPreview() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Previews", bob);
        byte[] jpeg = MediaFixtures.image("jpg", 1280, 720);
        String mine = upload(alice, "/api/v1/user/avatar", "me.jpg", jpeg);
        String team = upload(alice, "/api/v1/group/" + group + "/avatar", "team.jpg", jpeg);
        String pngName = mine.substring(0, mine.length() - 4) + ".png";

        assertPreview(api.download("/api/v1/user/avatar/" + mine + "?thumb=1", alice.accessToken()), pngName);
        assertPreview(
                api.download("/api/v1/user/" + alice.userId() + "/avatar/" + mine + "?thumb=true", bob.accessToken()),
                "me.png");
        assertPreview(
                api.download("/api/v1/group/" + group + "/avatar/" + team + "?thumb=1", bob.accessToken()), "team.png");
        assertThat(api.download("/api/v1/user/avatar/" + mine, alice.accessToken())
                        .body())
                .isEqualTo(jpeg);
    }

    @Test
    void aPhotoPreviewIsNamedAsAPng() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        Multipart form =
                new Multipart().file("photos", "sunset.jpg", "image/jpeg", MediaFixtures.image("jpg", 1280, 720));
        String url = api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), alice.accessToken())
                .strings()
                .get(0);

        assertPreview(api.download("/api/v1" + url + "?thumb=1", bob.accessToken()), "sunset.png");
    }

    @Test
    void zeroOrNegativeIdsOnPictureEndpointsAreRefusedAsEverywhereElse() {
        Api.Session alice = api.register();
        for (String path : List.of(
                "/api/v1/user/0/avatar/urls", "/api/v1/user/-3/avatar/urls", "/api/v1/user/0/avatar/1_me.png")) {
            Api.Reply reply = api.get(path, alice.accessToken());
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.error()).as(path).isEqualTo("user.invalid_id");
        }
        for (String path : List.of(
                "/api/v1/group/0/avatar/url", "/api/v1/group/-1/avatar/url", "/api/v1/group/0/avatar/1_team.png")) {
            Api.Reply reply = api.get(path, alice.accessToken());
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.error()).as(path).isEqualTo("chat.invalid_id");
        }
        Multipart form = new Multipart().file("photo", "x.png", "image/png", MediaFixtures.image("png", 8, 8));
        Api.Reply upload = api.post("/api/v1/group/0/avatar", form.contentType(), form.bytes(), alice.accessToken());
        assertThat(upload.error()).isEqualTo("chat.invalid_id");
        assertThat(api.delete("/api/v1/group/-2/avatar/1_team.png", alice.accessToken())
                        .error())
                .isEqualTo("chat.invalid_id");
    }
}
