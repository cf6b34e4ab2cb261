package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfilesOverHttpIT {
    private final Api api = TestServer.api();
    private Api.Session alice;

    @BeforeEach
    void register() {
        alice = api.register();
    }

    private Map<String, Object> mine() {
        Api.Reply reply = api.get("/api/v1/user", alice.accessToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void putChangesNameAndDescriptionAndGetShowsThem() {
        Api.Reply reply = api.putJson(
                "/api/v1/user", Map.of("name", "Alice Liddell", "description", "down the hole"), alice.accessToken());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("status")).isEqualTo("ok");
        assertThat(mine()).containsEntry("name", "Alice Liddell").containsEntry("description", "down the hole");

        api.putJson("/api/v1/user", Map.of("description", "back again"), alice.accessToken());
        assertThat(mine()).containsEntry("name", "Alice Liddell").containsEntry("description", "back again");
    }

    @Test
    void badProfileChangesAre400AndChangeNothing() {
        api.putJson("/api/v1/user", Map.of("name", "Stable"), alice.accessToken());

        Api.Reply empty = api.putJson("/api/v1/user", Map.of(), alice.accessToken());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.error()).isEqualTo("user.empty_profile_change");
        Api.Reply tooLong =
                api.putJson("/api/v1/user", Map.of("name", "n".repeat(65), "description", "new"), alice.accessToken());
        assertThat(tooLong.status()).isEqualTo(400);
        Api.Reply usernameViaPut =
                api.putJson("/api/v1/user", Map.of("username", Api.uniqueName("x")), alice.accessToken());
        assertThat(usernameViaPut.status()).isEqualTo(400);

        assertThat(mine()).containsEntry("name", "Stable").containsEntry("description", "");
    }

    @Test
    void multipartPostWithAJsonFieldSavesTheProfileIncludingANewUsername() {
        String newName = Api.uniqueName("renamed");
        Multipart form = new Multipart()
                .field("json", "{\"username\":\"" + newName + "\",\"name\":\"Renamed\",\"description\":\"via form\"}");
        Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.string("status")).isEqualTo("ok");
        assertThat(mine()).containsEntry("username", newName).containsEntry("name", "Renamed");
        assertThat(api.logIn(newName, "correct horse battery").accessToken()).isNotBlank();
    }

    @Test
    void takingAnotherUsersUsernameIs409AndChangesNothing() {
        Api.Reply bob = api.postJson(
                "/api/v1/auth/register", Map.of("username", Api.uniqueName("bob"), "password", "correct horse"), null);
        String bobsName = (String) bob.map("user").get("username");
        String before = (String) mine().get("username");

        Api.Reply clash =
                api.postJson("/api/v1/user", Map.of("username", bobsName, "name", "Thief"), alice.accessToken());

        assertThat(clash.status()).isEqualTo(409);
        assertThat(mine()).containsEntry("username", before).doesNotContainEntry("name", "Thief");
    }

    @Test
    void aPhotoWithTheFormBecomesTheNewestPicture() {
        byte[] png = MediaFixtures.image("png", 40, 40);
        Multipart form =
                new Multipart().field("json", "{\"name\":\"With Photo\"}").file("photo", "me.png", "image/png", png);
        Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(mine().get("name")).isEqualTo("With Photo");
        String newest = api.get("/api/v1/user/avatar/urls", alice.accessToken())
                .strings()
                .get(0);
        assertThat(api.download("/api/v1/user/avatar/" + newest, alice.accessToken())
                        .body())
                .isEqualTo(png);
    }

    @Test
    void aDisguisedPhotoIs415AndNeitherTheProfileNorAPictureChanges() {
        int pictures = api.get("/api/v1/user/avatar/urls", alice.accessToken())
                .strings()
                .size();
        Multipart form = new Multipart()
                .field("json", "{\"name\":\"Disguised\"}")
                .file("photo", "me.png", "image/png", MediaFixtures.pdf());
        Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.error()).isEqualTo("media.unsupported_type");
        assertThat(mine().get("name")).isNotEqualTo("Disguised");
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .hasSize(pictures);
    }

    @Test
    void aRefusedProfileDoesNotKeepItsPhoto() {
        Multipart form = new Multipart()
                .field("json", "{\"name\":\"" + "n".repeat(65) + "\"}")
                .file("photo", "me.png", "image/png", MediaFixtures.image("png", 8, 8));
        Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .isEmpty();
    }

    @Test
    void aPhotoWithoutAJsonFieldAndAFormWithNeitherAre400() {
        Multipart photoOnly = new Multipart().file("photo", "me.png", "image/png", new byte[] {1, 2, 3});
        Api.Reply photo = api.post("/api/v1/user", photoOnly.contentType(), photoOnly.bytes(), alice.accessToken());
        assertThat(photo.status()).isEqualTo(400);
        assertThat(photo.error()).isEqualTo("request.missing_json_field");

        Multipart neither = new Multipart().field("other", "1");
        Api.Reply empty = api.post("/api/v1/user", neither.contentType(), neither.bytes(), alice.accessToken());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.error()).isEqualTo("request.missing_json_field");
    }

    @Test
    void aJsonFieldThatIsNotAnObjectIs400() {
        for (String notAnObject : new String[] {"[1]", "\"text\"", "null"}) {
            Multipart form = new Multipart().field("json", notAnObject);
            Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());
            assertThat(reply.status()).as(notAnObject).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("request.malformed_json");
        }
    }

    @Test
    void malformedJsonFieldIs400() {
        Multipart form = new Multipart().field("json", "{not json");
        Api.Reply reply = api.post("/api/v1/user", form.contentType(), form.bytes(), alice.accessToken());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("request.malformed_json");
    }

    @Test
    void anotherUserSeesThePublicProfileWithoutEmail() {
        api.putJson("/api/v1/user", Map.of("name", "Public Alice"), alice.accessToken());
        Api.Session bob = api.register();

        Api.Reply reply = api.get("/api/v1/user/" + alice.userId(), bob.accessToken());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json())
                .containsEntry("name", "Public Alice")
                .containsKeys("id", "username", "description")
                .doesNotContainKey("email");
    }

    @Test
    void unknownAndMalformedUserIdsAre404And400() {
        Api.Reply unknown = api.get("/api/v1/user/" + Long.MAX_VALUE, alice.accessToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("user.not_found");
        assertThat(api.get("/api/v1/user/abc", alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/user/0", alice.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void profileEndpointsNeedAToken() {
        assertThat(api.get("/api/v1/user", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/user/" + alice.userId(), null).status()).isEqualTo(401);
        assertThat(api.putJson("/api/v1/user", Map.of("name", "x"), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/users", null).status()).isEqualTo(401);
    }
}
