package io.parley.bootstrap.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * REST takes JSON as sent or refuses it, as the sockets do: no number read as text, no fraction read as an id, no
 * text read as a number, no lone surrogate stored as {@code ?}; each refusal is a 400 naming the field, nothing stored.
 */
class StrictJsonOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    private static void assertRefused(Api.Reply reply, String code, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.error()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.string("message")).as(reply.toString()).contains(field).doesNotContain("io.parley", "java.");
    }

    @Test
    void aFractionWhereAnIdIsExpectedIsRefusedAndChangesNoGroup() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long group = chats.group(alice, "Strict", bob);

        assertRefused(
                api.postJson(
                        "/api/v1/group/" + group + "/owner",
                        "{\"user_id\":" + bob.userId() + ".9}",
                        alice.accessToken()),
                "request.invalid_field",
                "user_id");
        assertRefused(
                api.postJson(
                        "/api/v1/group/" + group + "/owner",
                        "{\"user_id\":\"" + bob.userId() + "\"}",
                        alice.accessToken()),
                "request.invalid_field",
                "user_id");
        assertRefused(
                api.postJson(
                        "/api/v1/group/" + group + "/add",
                        "{\"users\":[{\"id\":" + carol.userId() + ".5}]}",
                        alice.accessToken()),
                "request.invalid_field",
                "id");
        assertRefused(
                api.postJson(
                        "/api/v1/group",
                        "{\"name\":\"G\",\"users\":[{\"id\":" + carol.userId() + ".5}]}",
                        alice.accessToken()),
                "request.invalid_field",
                "id");
        assertRefused(
                api.postJson("/api/v1/group", "{\"name\":7}", alice.accessToken()), "request.invalid_field", "name");
        assertRefused(
                api.postJson("/api/v1/group/" + group + "/add", "{\"users\":[{\"id\":1e30}]}", alice.accessToken()),
                "request.invalid_field",
                "id");

        Map<String, Object> info =
                api.get("/api/v1/group/" + group + "/info", alice.accessToken()).json();
        assertThat(((Number) info.get("owner_id")).longValue()).isEqualTo(alice.userId());
        assertThat(api.get("/api/v1/group/" + group + "/users", alice.accessToken())
                        .list("users"))
                .extracting(u -> ((Number) u.get("id")).longValue())
                .containsExactlyInAnyOrder(alice.userId(), bob.userId());
        assertThat(api.get("/api/v1/chats", carol.accessToken()).list("rooms")).isEmpty();
    }

    @Test
    void aNumberOrABooleanWhereTextIsExpectedIsRefusedAndStoresNothing() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        for (String[] bad : new String[][] {
            {"{\"text\":123}", "text"},
            {"{\"text\":true}", "text"},
            {"{\"text\":{\"a\":1}}", "text"},
            {"{\"text\":[\"hi\"]}", "text"},
            {"{\"text\":\"hi\",\"client_id\":5}", "client_id"},
            {"{\"type\":\"with_files\",\"file_urls\":[5]}", "file_urls"},
            {"{\"type\":\"with_files\",\"file_urls\":\"x\"}", "file_urls"}
        }) {
            assertRefused(
                    api.postJson(chat + "/messages", bad[0], alice.accessToken()), "request.invalid_field", bad[1]);
        }
        Map<String, Object> sent = chats.send(alice, chat, "one");
        assertRefused(
                api.patchJson(chat + "/messages/" + Chats.id(sent), "{\"text\":42}", alice.accessToken()),
                "request.invalid_field",
                "text");
        assertRefused(
                api.postJson(chat + "/read", "{\"message_id\":" + Chats.id(sent) + ".5}", bob.accessToken()),
                "request.invalid_field",
                "message_id");
        assertRefused(
                api.putJson("/api/v1/user", "{\"name\":5}", alice.accessToken()), "request.invalid_field", "name");
        assertRefused(
                api.postJson("/api/v1/auth/login", "{\"login\":5,\"password\":\"correct horse battery\"}", null),
                "request.invalid_field",
                "login");

        assertThat(chats.history(bob, chat)).extracting(m -> m.get("text")).containsExactly("one");
    }

    @Test
    void loneSurrogatesAreRefusedWherePeopleTypeTextAndNeverStoredAsQuestionMarks() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);

        assertRefused(
                api.postJson(chat + "/messages", "{\"text\":\"a\\ud800b\"}", alice.accessToken()),
                "request.invalid_text",
                "text");
        assertRefused(
                api.postJson(chat + "/messages", "{\"text\":\"one\",\"client_id\":\"\\ud800\"}", alice.accessToken()),
                "request.invalid_text",
                "client_id");
        assertRefused(
                api.postJson(chat + "/messages", "{\"text\":\"two\",\"client_id\":\"\\udc00\"}", alice.accessToken()),
                "request.invalid_text",
                "client_id");
        // the surrogate's bytes sent raw (CESU-8), not escaped
        byte[] raw = "{\"text\":\"x?\"}".getBytes(StandardCharsets.UTF_8);
        byte[] cesu = new byte[raw.length + 2];
        System.arraycopy(raw, 0, cesu, 0, 10);
        cesu[10] = (byte) 0xED;
        cesu[11] = (byte) 0xA0;
        cesu[12] = (byte) 0x80;
        System.arraycopy(raw, 11, cesu, 13, raw.length - 11);
        assertThat(api.post(chat + "/messages", "application/json", cesu, alice.accessToken())
                        .status())
                .isEqualTo(400);
        Map<String, Object> sent = chats.send(alice, chat, "kept");
        assertRefused(
                api.patchJson(chat + "/messages/" + Chats.id(sent), "{\"text\":\"\\ud83d\"}", alice.accessToken()),
                "request.invalid_text",
                "text");
        assertRefused(
                api.postJson("/api/v1/group", "{\"name\":\"\\udfff\"}", alice.accessToken()),
                "request.invalid_text",
                "name");
        assertRefused(
                api.putJson("/api/v1/user", "{\"description\":\"\\ud800\"}", alice.accessToken()),
                "request.invalid_text",
                "description");
        String name = Api.uniqueName("sur");
        assertRefused(
                api.postJson(
                        "/api/v1/auth/register",
                        "{\"username\":\"" + name + "\",\"password\":\"" + "\\ud800".repeat(8) + "\"}",
                        null),
                "request.invalid_text",
                "password");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("login", name, "password", "????????"), null)
                        .status())
                .isEqualTo(401);

        assertThat(chats.history(bob, chat)).extracting(m -> m.get("text")).containsExactly("kept");
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).hasSize(1);
    }

    @Test
    void aWellFormedPairOfSurrogatesIsOneCharacterAndKept() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        Api.Reply reply = api.postJson(chat + "/messages", "{\"text\":\"\\ud83d\\ude00\"}", alice.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(chats.history(bob, chat)).extracting(m -> m.get("text")).isEqualTo(List.of("\ud83d\ude00"));
    }
}
