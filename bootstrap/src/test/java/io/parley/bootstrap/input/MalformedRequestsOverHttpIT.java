package io.parley.bootstrap.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests that are malformed below the JSON level get a 4xx in Parley's JSON shape, never a 500. */
class MalformedRequestsOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    private static void assertJsonError(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/json");
        assertThat(reply.error()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.string("message"))
                .as(reply.toString())
                .doesNotContain("io.parley", "io.micronaut", "io.netty", "java.", "Exception");
    }

    @Test
    void aFormLoginWithABadPercentEscapeOrBrokenUtf8Is400() {
        String form = "application/x-www-form-urlencoded";
        assertJsonError(
                api.post("/api/v1/auth/login", form, "username=%ZZ&password=correct+horse", null),
                400,
                "request.malformed_form");
        assertJsonError(
                api.post("/api/v1/auth/login", form, "username=abc%&password=correct+horse", null),
                400,
                "request.malformed_form");
        assertJsonError(
                api.post("/api/v1/auth/login", form, "username=%ED%A0%80&password=correct+horse", null),
                400,
                "request.invalid_text");
        assertJsonError(
                api.post("/api/v1/auth/login", form, "username=a&username=b&password=correct+horse", null),
                400,
                "request.invalid_field");
        String name = Api.uniqueName("form");
        api.register(name, "correct horse");
        Api.Reply ok = api.post("/api/v1/auth/login", form, "username=" + name + "&password=correct+horse", null);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    }

    /**
     * A query whose percent-escapes are not UTF-8 (a lone continuation byte, an encoded surrogate, a truncated
     * sequence) or not escapes at all is refused: decoding would replace the bytes with U+FFFD and search for, or
     * store, something the client never sent.
     */
    @Test
    void aQueryWithBrokenPercentEscapesOrBytesThatAreNotUtf8Is400AndNothingIsLookedUp() {
        Api.Session alice = api.register();
        long chat = chats.open(alice, api.register());
        chats.send(alice, "/api/v1/chat/" + chat, "caf\uFFFD and cake");
        for (String q : List.of("%FF", "caf%C3", "%ED%A0%80", "caf%E9")) {
            assertJsonError(
                    api.get("/api/v1/search/messages?q=" + q, alice.accessToken()), 400, "request.invalid_text");
            assertJsonError(api.get("/api/v1/users?q=" + q, alice.accessToken()), 400, "request.invalid_text");
        }
        // the JDK's client will not send a broken escape: written by hand, as a socket upgrade, which hung unanswered
        for (String query : List.of("x=%ZZ", "x=abc%")) {
            RawUpgrade.Answer broken =
                    RawUpgrade.request(TestServer.parley(), "/api/v1/main?" + query, alice.accessToken());
            assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
            assertThat(broken.body()).contains("\"request.invalid\"");
        }
        // well-formed escapes of any script still work, plus and %20 alike
        Api.Reply found = api.get("/api/v1/search/messages?q=caf%EF%BF%BD+and", alice.accessToken());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/users?q=%E6%9D%B1%E4%BA%AC", alice.accessToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void multipartPartsWithoutANameOrWithoutContentDispositionAre400() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String boundary = "----parleyboundary";
        String type = "multipart/form-data; boundary=" + boundary;
        String noName = "--" + boundary + "\r\nContent-Disposition: form-data; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nxyz\r\n--" + boundary + "--\r\n";
        String noDisposition = "--" + boundary + "\r\nContent-Type: image/png\r\n\r\nxyz\r\n--" + boundary + "--\r\n";
        for (String body : List.of(noName, noDisposition)) {
            Api.Reply reply = api.post(
                    "/api/v1/chat/" + chat + "/img", type, body.getBytes(StandardCharsets.UTF_8), alice.accessToken());
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            assertJsonError(reply, reply.status(), reply.error());
        }
        assertThat(api.get("/api/v1/chat/" + chat + "/files", alice.accessToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anUploadWithMoreFormFieldsThanTheLimitIsRefusedEveryTime() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        byte[] png = MediaFixtures.image("png", 8, 8);
        for (int attempt = 0; attempt < 30; attempt++) {
            Multipart form = new Multipart();
            if (attempt % 2 == 0) {
                form.file("photos", "first.png", "image/png", png);
            }
            for (int i = 0; i < 129 + (attempt % 12) * 150; i++) {
                form.field("f" + i, "v");
            }
            form.file("photos", "a.png", "image/png", png);
            assertJsonError(
                    api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), alice.accessToken()),
                    413,
                    "request.too_large");
        }
        Multipart fine = new Multipart().field("note", "v").file("photos", "a.png", "image/png", png);
        assertThat(api.post("/api/v1/chat/" + chat + "/img", fine.contentType(), fine.bytes(), alice.accessToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aJsonPartSentAsATypedFileIsTakenOnGroupAndProfileForms() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String group = "{\"name\":\"Typed\",\"users\":[{\"id\":" + bob.userId() + "}]}";
        Multipart typed = new Multipart().file("json", "g.json", "application/json", bytes(group));
        Api.Reply created = api.post("/api/v1/group", typed.contentType(), typed.bytes(), alice.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.map("group").get("name")).isEqualTo("Typed");
        assertThat(created.map("group").get("members_count")).isEqualTo(2);

        Multipart blob = new Multipart().file("json", "blob", "application/json", bytes("{\"name\":\"Alice L.\"}"));
        Api.Reply profile = api.post("/api/v1/user", blob.contentType(), blob.bytes(), alice.accessToken());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", alice.accessToken()).json()).containsEntry("name", "Alice L.");

        Multipart broken = new Multipart().file("json", "g.json", "application/json", bytes("{\"name\":"));
        assertJsonError(
                api.post("/api/v1/group", broken.contentType(), broken.bytes(), alice.accessToken()),
                400,
                "request.malformed_json");
        Multipart mistyped = new Multipart().file("json", "g.json", "application/json", bytes("{\"name\":5}"));
        assertJsonError(
                api.post("/api/v1/user", mistyped.contentType(), mistyped.bytes(), alice.accessToken()),
                400,
                "request.invalid_field");
        Multipart plainField = new Multipart().field("json", "{\"name\":\"Plain\"}");
        assertThat(api.post("/api/v1/group", plainField.contentType(), plainField.bytes(), alice.accessToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aGarbageContentTypeOnAJsonEndpointIs415() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        for (String type : List.of("garbage", "text/plain", "application/json;;;=", "/", "application/")) {
            Api.Reply reply =
                    api.post("/api/v1/chat/" + chat + "/messages", type, "{\"text\":\"hi\"}", alice.accessToken());
            assertJsonError(reply, 415, "request.unsupported_media_type");
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat)).isEmpty();
    }

    @Test
    void oversizeHeadersAre431AndOversizeUrlsAre414WithJsonBodies() {
        Api.Session alice = api.register();
        Api.Reply headers = api.send("GET", "/api/v1/auth/me", alice.accessToken(), "X-Padding", "p".repeat(20_000));
        assertJsonError(headers, 431, "request.headers_too_large");
        Api.Reply url = api.get("/api/v1/users?q=" + "u".repeat(10_000), alice.accessToken());
        assertJsonError(url, 414, "request.uri_too_long");
        assertThat(api.get("/api/v1/auth/me", alice.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void aRangeEndPastTwoToTheSixtyThirdIsClampedToTheFile() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        byte[] png = MediaFixtures.image("png", 16, 16);
        Multipart form = new Multipart().file("photos", "a.png", "image/png", png);
        List<String> urls = api.post(
                        "/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), alice.accessToken())
                .strings();
        Api.Download part =
                api.download("/api/v1" + urls.get(0), bob.accessToken(), "Range", "bytes=1-99999999999999999999");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 1-" + (png.length - 1) + "/" + png.length);
        assertThat(part.body().length).isEqualTo(png.length - 1);
        Api.Download beyond =
                api.download("/api/v1" + urls.get(0), bob.accessToken(), "Range", "bytes=99999999999999999999-");
        assertThat(beyond.status()).isEqualTo(416);
        Api.Download suffix =
                api.download("/api/v1" + urls.get(0), bob.accessToken(), "Range", "bytes=-99999999999999999999");
        assertThat(suffix.status()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(png);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
