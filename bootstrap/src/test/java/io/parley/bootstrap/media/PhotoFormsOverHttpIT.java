package io.parley.bootstrap.media;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code photo} part of the group and profile forms: checked before anything is created, one at most. */
class PhotoFormsOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    private Api.Reply post(String path, Multipart form, Api.Session who) {
        return api.post(path, form.contentType(), form.bytes(), who.accessToken());
    }

    private List<Map<String, Object>> rooms(Api.Session who) {
        return api.get("/api/v1/chats", who.accessToken()).list("rooms");
    }

    private List<String> pictures(Api.Session who) {
        return api.get("/api/v1/user/avatar/urls", who.accessToken()).strings();
    }

    private static Multipart groupForm(String name, Api.Session member) {
        return new Multipart()
                .field("json", "{\"name\":\"" + name + "\",\"users\":[{\"id\":" + member.userId() + "}]}");
    }

    @Test
    void aRefusedGroupPhotoCreatesNoGroupAndTellsNoMember() {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        List<Map<String, Object>> before = rooms(bob);

        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            Api.Reply svg = post(
                    "/api/v1/group",
                    groupForm("Svg", bob).file("photo", "logo.svg", "image/svg+xml", MediaFixtures.svgWithScript()),
                    owner);
            Api.Reply pdf = post(
                    "/api/v1/group",
                    groupForm("Pdf", bob).file("photo", "logo.png", "image/png", MediaFixtures.pdf()),
                    owner);
            assertThat(rooms(bob)).isEqualTo(before);
            assertThat(rooms(owner)).isEmpty();
            // a group that is created is announced; nothing else about groups may have come before it
            long fence = chats.group(owner, "Fence", bob);
            bobMain.next(f -> "chat_created".equals(payload(f).get("type")) && number(payload(f), "chat_id") == fence);

            assertThat(List.of(svg, pdf)).allSatisfy(reply -> {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
                assertThat(reply.error()).isEqualTo("media.unsupported_type");
            });
            assertThat(bobMain.all())
                    .filteredOn(f -> f.get("payload") instanceof Map<?, ?>)
                    .filteredOn(f -> List.of("chat_created", "chat_deleted")
                            .contains(payload(f).get("type")))
                    .extracting(f -> number(payload(f), "chat_id"))
                    .containsExactly(fence);
        }
    }

    @Test
    void twoPhotoPartsOnTheGroupFormAre400AndCreateNothing() {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        byte[] png = MediaFixtures.image("png", 16, 16);

        Api.Reply two = post(
                "/api/v1/group",
                groupForm("Twice", bob)
                        .file("photo", "a.png", "image/png", png)
                        .file("photo", "b.png", "image/png", png),
                owner);

        assertThat(two.status()).as(two.toString()).isEqualTo(400);
        assertThat(two.error()).isEqualTo("media.one_file_expected");
        assertThat(rooms(owner)).isEmpty();
        assertThat(rooms(bob)).isEmpty();
    }

    @Test
    void twoPhotoPartsOnTheProfileFormAre400AndChangeNothing() {
        Api.Session alice = api.register();
        byte[] png = MediaFixtures.image("png", 16, 16);
        Multipart form = new Multipart()
                .field("json", "{\"name\":\"Twice\"}")
                .file("photo", "a.png", "image/png", png)
                .file("photo", "b.png", "image/png", png);

        Api.Reply two = post("/api/v1/user", form, alice);

        assertThat(two.status()).as(two.toString()).isEqualTo(400);
        assertThat(two.error()).isEqualTo("media.one_file_expected");
        assertThat(api.get("/api/v1/user", alice.accessToken()).string("name")).isNotEqualTo("Twice");
        assertThat(pictures(alice)).isEmpty();
    }

    @Test
    void anEmptyPhotoPartIsNoPhotoOnTheForms() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        byte[] png = MediaFixtures.image("png", 16, 16);
        byte[] nothing = new byte[0];

        Api.Reply blank = post(
                "/api/v1/user",
                new Multipart()
                        .field("json", "{\"name\":\"Blank\"}")
                        .file("photo", "", "application/octet-stream", nothing),
                alice);
        Api.Reply withBlank = post(
                "/api/v1/user",
                new Multipart()
                        .field("json", "{\"name\":\"Real\"}")
                        .file("photo", "me.png", "image/png", png)
                        .file("photo", "", "application/octet-stream", nothing),
                alice);
        Api.Reply group = post(
                "/api/v1/group", groupForm("Blank", bob).file("photo", "", "application/octet-stream", nothing), alice);

        assertThat(List.of(blank, withBlank, group))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(pictures(alice)).singleElement().asString().endsWith("_me.png");
        long id = number(group.map("group"), "id");
        assertThat(api.get("/api/v1/group/" + id + "/avatar/url", bob.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEmptyPartNextToARealFileIsIgnoredOnTheUploadEndpoints() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Empties", bob);
        byte[] png = MediaFixtures.image("png", 16, 16);

        Api.Reply avatar = post(
                "/api/v1/user/avatar",
                new Multipart()
                        .file("photo", "me.png", "image/png", png)
                        .file("photo", "empty.png", "image/png", new byte[0]),
                alice);
        Api.Reply photos = post(
                "/api/v1/group/" + group + "/img",
                new Multipart()
                        .file("photos", "a.png", "image/png", png)
                        .file("photos", "", "application/octet-stream", new byte[0]),
                alice);
        Api.Reply voice = post(
                "/api/v1/group/" + group + "/message/audio",
                new Multipart()
                        .file("audio", "note.ogg", "audio/ogg", MediaFixtures.ogg())
                        .file("audio", "empty.ogg", "audio/ogg", new byte[0]),
                alice);
        Api.Reply onlyEmpty = post(
                "/api/v1/group/" + group + "/img",
                new Multipart().file("photos", "empty.png", "image/png", new byte[0]),
                alice);

        assertThat(avatar.string("url")).endsWith("_me.png");
        assertThat(photos.strings()).singleElement().asString().endsWith("_a.png");
        assertThat(voice.string("url")).endsWith("_note.ogg");
        assertThat(onlyEmpty.status()).isEqualTo(400);
        assertThat(onlyEmpty.error()).isEqualTo("media.no_files");
        assertThat(api.get("/api/v1/group/" + group + "/files", bob.accessToken())
                        .list("files"))
                .hasSize(2);
    }
}
