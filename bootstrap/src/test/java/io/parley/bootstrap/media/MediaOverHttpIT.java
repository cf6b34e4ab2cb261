package io.parley.bootstrap.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uploads and downloads over the wire: real multipart bodies, detected types, ranges, refusals with nothing kept. */
class MediaOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Path mediaRoot = TestServer.DATA_DIR.resolve("media").toAbsolutePath();

    private Api.Reply upload(Api.Session who, String path, Multipart form) {
        return api.post(path, form.contentType(), form.bytes(), who.accessToken());
    }

    /** Seed 000 answers an upload with a bare JSON array of URLs. */
    private static List<String> urls(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.strings();
    }

    @Test
    void membersUploadPhotosVideoAudioAndDocumentsAndDownloadThemByteIdentical() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        byte[] png = MediaFixtures.image("png", 64, 48);
        byte[] jpg = MediaFixtures.image("jpg", 80, 60);
        byte[] mp4 = MediaFixtures.mp4(300_000);
        byte[] ogg = MediaFixtures.ogg();
        byte[] pdf = MediaFixtures.pdf();

        List<String> photos = urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/img",
                new Multipart()
                        .file("photos", "beach.png", "image/png", png)
                        .file("photos", "sunset.jpg", "image/jpeg", jpg)));
        List<String> videos = urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/video",
                new Multipart().file("videos", "clip.mp4", "video/mp4", mp4)));
        List<String> audio = urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/audio",
                new Multipart().file("audio", "voice.ogg", "audio/ogg", ogg)));
        List<String> files = urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/file",
                new Multipart().file("files", "cv.pdf", "application/octet-stream", pdf)));

        assertThat(photos).hasSize(2).allMatch(u -> u.matches("/chat/" + chat + "/img/[0-9]+_[a-z]+\\.(png|jpg)"));
        assertThat(videos).singleElement().asString().startsWith("/chat/" + chat + "/video/");
        assertThat(download(bob, photos.get(0)).body()).isEqualTo(png);
        assertThat(download(bob, photos.get(1)).body()).isEqualTo(jpg);
        assertThat(download(bob, videos.get(0)).body()).isEqualTo(mp4);
        assertThat(download(bob, audio.get(0)).body()).isEqualTo(ogg);
        Api.Download doc = download(bob, files.get(0));
        assertThat(doc.body()).isEqualTo(pdf);
        assertThat(doc.header("Content-Type")).startsWith("application/pdf");
        assertThat(doc.header("Content-Disposition")).startsWith("attachment");
        assertThat(doc.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Api.Download photo = download(bob, photos.get(0));
        assertThat(photo.header("Content-Type")).startsWith("image/png");
        assertThat(photo.header("Content-Length")).isEqualTo(String.valueOf(png.length));
        assertThat(photo.header("ETag")).matches("\"[0-9a-f]{64}\"");
        assertThat(Files.isRegularFile(mediaRoot.resolve("chats/" + chat + "/photos/"
                        + photos.get(0).substring(photos.get(0).lastIndexOf('/') + 1))))
                .isTrue();

        Map<String, Object> listing =
                api.get("/api/v1/chat/" + chat + "/files", bob.accessToken()).json();
        assertThat(Frames.list(listing, "files"))
                .extracting(f -> f.get("url"))
                .containsExactlyInAnyOrderElementsOf(concat(photos, videos, audio, files));
        assertThat(Frames.list(listing, "files"))
                .filteredOn(f -> f.get("url").equals(videos.get(0)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f)
                            .containsEntry("file_mime", "video/mp4")
                            .containsEntry("file_type", "video")
                            .containsEntry("original_name", "clip.mp4");
                    assertThat(((Number) f.get("file_size")).longValue()).isEqualTo(mp4.length);
                });
    }

    @Test
    void videoIsStreamedWithByteRangesForSeeking() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Movies", bob);
        byte[] mp4 = MediaFixtures.mp4(200_000);
        String url = urls(upload(
                        alice,
                        "/api/v1/group/" + group + "/video",
                        new Multipart().file("videos", "film.mp4", "video/mp4", mp4)))
                .get(0);

        Api.Download first = download(bob, url, "Range", "bytes=0-99");
        Api.Download middle = download(bob, url, "Range", "bytes=100000-100999");
        Api.Download tail = download(bob, url, "Range", "bytes=-500");
        Api.Download open = download(bob, url, "Range", "bytes=199000-");
        Api.Download outside = download(bob, url, "Range", "bytes=999999999-");
        Api.Download cached = download(bob, url, "If-None-Match", first.header("ETag"));

        assertThat(first.status()).isEqualTo(206);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(mp4, 0, 100));
        assertThat(first.header("Content-Range")).isEqualTo("bytes 0-99/" + mp4.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(mp4, 100_000, 101_000));
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(mp4, mp4.length - 500, mp4.length));
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(mp4, 199_000, mp4.length));
        assertThat(outside.status()).isEqualTo(416);
        assertThat(outside.header("Content-Range")).isEqualTo("bytes */" + mp4.length);
        assertThat(outside.header("Content-Type")).startsWith("application/json");
        assertThat(new String(outside.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"error\":\"media.range_not_satisfiable\"")
                .contains("\"message\":");
        assertThat(cached.status()).isEqualTo(304);
        assertThat(download(bob, url).header("Accept-Ranges")).isEqualTo("bytes");
    }

    @Test
    void aDisguisedExecutableIsRefusedWith415AndNothingIsStored() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        Api.Reply refused = upload(
                alice,
                "/api/v1/chat/" + chat + "/img",
                new Multipart()
                        .file("photos", "fine.png", "image/png", MediaFixtures.image("png", 8, 8))
                        .file("photos", "photo.jpg", "image/jpeg", MediaFixtures.elfExecutable()));
        Api.Reply wrongEndpoint = upload(
                alice,
                "/api/v1/chat/" + chat + "/video",
                new Multipart().file("videos", "clip.mp4", "video/mp4", MediaFixtures.pdf()));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.error()).isEqualTo("media.unsupported_type");
        assertThat(wrongEndpoint.status()).isEqualTo(415);
        assertThat(api.get("/api/v1/chat/" + chat + "/files", alice.accessToken())
                        .list("files"))
                .isEmpty();
        assertThat(filesUnder(mediaRoot.resolve("chats/" + chat))).isEmpty();
    }

    @Test
    void anOversizeFileIsRefusedWith413AndNothingIsStored() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        Api.Reply refused = upload(
                alice,
                "/api/v1/chat/" + chat + "/video",
                new Multipart().file("videos", "huge.mp4", "video/mp4", MediaFixtures.mp4(33 * 1024 * 1024)));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(api.get("/api/v1/chat/" + chat + "/files", alice.accessToken())
                        .list("files"))
                .isEmpty();
        assertThat(filesUnder(mediaRoot.resolve("chats/" + chat))).isEmpty();
    }

    @Test
    void outsidersCanNeitherUploadNorDownloadNorList() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session eve = api.register();
        long chat = chats.open(alice, bob);
        String url = urls(upload(
                        alice,
                        "/api/v1/chat/" + chat + "/img",
                        new Multipart().file("photos", "private.png", "image/png", MediaFixtures.image("png", 8, 8))))
                .get(0);

        Api.Reply upload = upload(
                eve,
                "/api/v1/chat/" + chat + "/img",
                new Multipart().file("photos", "spam.png", "image/png", MediaFixtures.image("png", 8, 8)));
        assertThat(upload.status()).isEqualTo(404);
        assertThat(download(eve, url).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/chat/" + chat + "/files", eve.accessToken()).status())
                .isEqualTo(404);
        assertThat(download(null, url).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/chat/" + chat + "/files", alice.accessToken())
                        .list("files"))
                .hasSize(1);
    }

    @Test
    void pathTraversalInANameParameterFindsNothing() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/file",
                new Multipart().file("files", "cv.pdf", "application/pdf", MediaFixtures.pdf())));

        for (String name : List.of(
                "..%2F..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2fjwt-secret",
                "..",
                "1_a%00.pdf",
                "1_..%5C..%5Cjwt-secret",
                "cv.pdf",
                "1_cv.pdf%2F..")) {
            int status = download(alice, "/chat/" + chat + "/file/" + name).status();
            assertThat(status).as(name).isIn(400, 404);
        }
        assertThat(download(alice, "/chat/" + chat + "/exe/1_cv.pdf").status()).isEqualTo(404);
    }

    @Test
    void scriptableImagesAreServedAsSandboxedAttachments() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String url = urls(upload(
                        alice,
                        "/api/v1/chat/" + chat + "/img",
                        new Multipart().file("photos", "logo.svg", "image/svg+xml", MediaFixtures.svgWithScript())))
                .get(0);

        Api.Download svg = download(bob, url);

        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.header("Content-Disposition")).startsWith("attachment");
        assertThat(svg.header("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
    }

    @Test
    void deletingAChatDeletesItsFiles() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        urls(upload(
                alice,
                "/api/v1/chat/" + chat + "/audio",
                new Multipart().file("audio", "voice.ogg", "audio/ogg", MediaFixtures.ogg())));
        assertThat(mediaRoot.resolve("chats/" + chat + "/audios")).isDirectory();

        assertThat(api.delete("/api/v1/chat/" + chat, alice.accessToken()).status())
                .isEqualTo(200);

        assertThat(mediaRoot.resolve("chats/" + chat)).doesNotExist();
    }

    /** The regular files below {@code folder} (none if it does not exist). */
    private static List<Path> filesUnder(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api.Download download(Api.Session who, String url, String... headers) {
        return api.download("/api/v1" + url, who == null ? null : who.accessToken(), headers);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
