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

/** Voice and video messages, image previews, and user and group pictures over the wire. */
class AvatarsAndVoiceOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    private Api.Reply upload(Api.Session who, String path, Multipart form) {
        return api.post(path, form.contentType(), form.bytes(), who.accessToken());
    }

    @Test
    void voiceAndVideoMessagesAreUploadedOneAtATimeAndStreamedBack() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Voices", bob);
        byte[] ogg = MediaFixtures.ogg();
        byte[] mp4 = MediaFixtures.mp4(50_000);

        Api.Reply voice = upload(
                bob,
                "/api/v1/group/" + group + "/message/audio",
                new Multipart().file("audio", "note.ogg", "audio/ogg", ogg));
        Api.Reply video = upload(
                bob,
                "/api/v1/group/" + group + "/message/video",
                new Multipart().file("video", "hello.mp4", "video/mp4", mp4));
        Api.Reply two = upload(
                bob,
                "/api/v1/group/" + group + "/message/audio",
                new Multipart().file("audio", "a.ogg", "audio/ogg", ogg).file("audio", "b.ogg", "audio/ogg", ogg));
        Api.Reply wrong = upload(
                bob,
                "/api/v1/group/" + group + "/message/audio",
                new Multipart().file("audio", "fake.ogg", "audio/ogg", MediaFixtures.pdf()));

        assertThat(voice.status()).as(voice.toString()).isEqualTo(200);
        String voiceUrl = voice.string("url");
        assertThat(voiceUrl).startsWith("/group/" + group + "/message/audio/");
        assertThat(api.download("/api/v1" + voiceUrl, alice.accessToken()).body())
                .isEqualTo(ogg);
        assertThat(api.download("/api/v1" + video.string("url"), alice.accessToken(), "Range", "bytes=0-9")
                        .body())
                .containsExactly(java.util.Arrays.copyOfRange(mp4, 0, 10));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.error()).isEqualTo("media.one_file_expected");
        assertThat(wrong.status()).isEqualTo(415);
    }

    @Test
    void photosHaveAPreviewOfAtMost320Pixels() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String url = upload(
                        alice,
                        "/api/v1/chat/" + chat + "/img",
                        new Multipart().file("photos", "wide.jpg", "image/jpeg", MediaFixtures.image("jpg", 1280, 720)))
                .strings()
                .get(0);

        Api.Download preview = api.download("/api/v1" + url + "?thumb=1", bob.accessToken());

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.body()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(180);
        assertThat(preview.header("ETag"))
                .isNotEqualTo(api.download("/api/v1" + url, bob.accessToken()).header("ETag"));
    }

    @Test
    void usersManageTheirOwnPicturesAndEveryoneMaySeeThem() {
        Api.Session alice = api.register();
        Api.Session stranger = api.register();
        byte[] png = MediaFixtures.image("png", 100, 100);

        Api.Reply first =
                upload(alice, "/api/v1/user/avatar", new Multipart().file("photo", "me.png", "image/png", png));
        Api.Reply second = upload(
                alice,
                "/api/v1/user/avatar",
                new Multipart().file("photo", "me2.png", "image/png", MediaFixtures.image("png", 50, 50)));
        Api.Reply svg = upload(
                alice,
                "/api/v1/user/avatar",
                new Multipart().file("photo", "me.svg", "image/svg+xml", MediaFixtures.svgWithScript()));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String name = first.string("url");
        assertThat(svg.status()).isEqualTo(415);
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .containsExactly(second.string("url"), name);
        assertThat(api.get("/api/v1/user/" + alice.userId() + "/avatar/urls", stranger.accessToken())
                        .strings())
                .containsExactly(second.string("url"), name);
        assertThat(api.download("/api/v1/user/" + alice.userId() + "/avatar/" + name, stranger.accessToken())
                        .body())
                .isEqualTo(png);
        assertThat(api.download("/api/v1/user/avatar/" + name, alice.accessToken())
                        .body())
                .isEqualTo(png);

        assertThat(api.delete("/api/v1/user/avatar/" + name, stranger.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/user/avatar/" + name, alice.accessToken())
                        .json())
                .containsEntry("status", "ok");
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .containsExactly(second.string("url"));
        assertThat(api.download("/api/v1/user/avatar/" + name, alice.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/user/999999999/avatar/urls", alice.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAGroupsOwnerSetsItsPictureMembersSeeItOutsidersDoNot() {
        Api.Session owner = api.register();
        Api.Session member = api.register();
        Api.Session outsider = api.register();
        long group = chats.group(owner, "Pictured", member);
        byte[] png = MediaFixtures.image("png", 64, 64);
        String avatar = "/api/v1/group/" + group + "/avatar";

        Api.Reply byMember = upload(member, avatar, new Multipart().file("photo", "x.png", "image/png", png));
        Api.Reply byOutsider = upload(outsider, avatar, new Multipart().file("photo", "x.png", "image/png", png));
        Api.Reply byOwner = upload(owner, avatar, new Multipart().file("photo", "team.png", "image/png", png));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byMember.error()).isEqualTo("group.not_owner");
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
        String name = byOwner.string("url");
        assertThat(api.get(avatar + "/url", member.accessToken()).string("url")).isEqualTo(name);
        assertThat(api.download(avatar + "/" + name, member.accessToken()).body())
                .isEqualTo(png);
        assertThat(api.get(avatar + "/url", outsider.accessToken()).status()).isEqualTo(404);
        assertThat(api.download(avatar + "/" + name, outsider.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.delete(avatar + "/" + name, member.accessToken()).status())
                .isEqualTo(403);
        assertThat(api.delete(avatar + "/" + name, owner.accessToken()).status())
                .isEqualTo(200);
        assertThat(api.get(avatar + "/url", member.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/group/" + group + "/files", member.accessToken())
                        .list("files"))
                .isEmpty();
        assertThat(List.of(byMember, byOutsider)).allMatch(r -> r.status() >= 400);
    }

    @Test
    void pathTraversalInEveryNameParameterFindsNothing() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Traversal", bob);
        upload(
                alice,
                "/api/v1/user/avatar",
                new Multipart().file("photo", "me.png", "image/png", MediaFixtures.image("png", 8, 8)));
        List<String> names = List.of(
                "..%2F..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2fjwt-secret", "..", "1_a%00.png", "1_..%5C..%5Cjwt-secret", "me.png", "1_me.png%2F..");
        for (String name : names) {
            for (String path : List.of(
                    "/api/v1/user/avatar/" + name,
                    "/api/v1/user/" + alice.userId() + "/avatar/" + name,
                    "/api/v1/group/" + group + "/avatar/" + name,
                    "/api/v1/group/" + group + "/message/audio/" + name,
                    "/api/v1/group/" + group + "/message/video/" + name)) {
                assertThat(api.download(path, alice.accessToken()).status())
                        .as(path)
                        .isIn(400, 404);
            }
            assertThat(api.delete("/api/v1/user/avatar/" + name, alice.accessToken())
                            .status())
                    .as(name)
                    .isIn(400, 404, 405);
        }
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .hasSize(1);
    }
}
