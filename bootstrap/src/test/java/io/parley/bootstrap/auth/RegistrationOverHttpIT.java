package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationOverHttpIT {
    private final Api api = TestServer.api();

    @Test
    void registerReturnsTheAccountAndATokenPair() {
        String name = Api.uniqueName("Reg");
        Api.Reply reply = api.postJson(
                "/api/v1/auth/register",
                Map.of(
                        "username",
                        name,
                        "password",
                        "correct horse",
                        "name",
                        "Reggie",
                        "email",
                        name + "@Example.org",
                        "description",
                        "hello"),
                null);

        assertThat(reply.status()).isEqualTo(201);
        Map<String, Object> user = reply.map("user");
        assertThat(user)
                .containsEntry("username", name.toLowerCase())
                .containsEntry("name", "Reggie")
                .containsEntry("email", name.toLowerCase() + "@example.org")
                .containsEntry("description", "hello");
        assertThat(((Number) user.get("id")).longValue()).isPositive();
        assertThat(user.get("created_at")).asString().endsWith("Z");
        assertThat(reply.json()).containsEntry("token_type", "Bearer").containsKeys("access_token", "refresh_token");
        assertThat(((Number) reply.json().get("expires_in")).intValue()).isEqualTo(900);
    }

    @Test
    void duplicateUsernameInAnyCaseIs409AndTheFirstAccountIsUntouched() {
        String name = Api.uniqueName("dup");
        api.register(name, "first password");

        Api.Reply clash = api.postJson(
                "/api/v1/auth/register", Map.of("username", name.toUpperCase(), "password", "second password"), null);

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.error()).isEqualTo("user.username_taken");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("login", name, "password", "second password"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.logIn(name, "first password").accessToken()).isNotBlank();
    }

    @Test
    void duplicateEmailIs409() {
        String email = Api.uniqueName("mail") + "@example.org";
        assertThat(api.postJson(
                                "/api/v1/auth/register",
                                Map.of("username", Api.uniqueName("m"), "password", "long enough", "email", email),
                                null)
                        .status())
                .isEqualTo(201);
        Api.Reply clash = api.postJson(
                "/api/v1/auth/register",
                Map.of("username", Api.uniqueName("m"), "password", "long enough", "email", email),
                null);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.error()).isEqualTo("user.email_taken");
    }

    @Test
    void invalidFieldsAre400WithTheFieldsCodeAndCreateNothing() {
        String name = Api.uniqueName("bad");
        assertBadRequest(Map.of("username", name, "password", "short"), "user.invalid_password");
        assertBadRequest(Map.of("username", "no spaces allowed", "password", "long enough"), "user.invalid_username");
        assertBadRequest(Map.of("password", "long enough"), "user.invalid_username");
        assertBadRequest(Map.of("username", name, "password", "long enough", "email", "nope"), "user.invalid_email");
        assertBadRequest(
                Map.of("username", name, "password", "long enough", "email", "nul\u0000@example.org"),
                "user.invalid_email");
        assertBadRequest(
                Map.of("username", name, "password", "long enough", "description", "nul\u0000"),
                "user.invalid_description");
        assertBadRequest(
                Map.of("username", name, "password", "long enough", "name", "x".repeat(65)), "user.invalid_name");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("login", name, "password", "long enough"), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        Api.Reply truncated = api.post("/api/v1/auth/register", "application/json", "{\"username\":", null);
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.error()).isEqualTo("request.malformed_json");
        assertThat(truncated.string("message")).isEqualTo("the request body is not valid JSON");

        Api.Reply wrongType = api.post(
                "/api/v1/auth/register", "application/json", "{\"username\":{\"nested\":1},\"password\":[1,2]}", null);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json()).containsKeys("error", "message");

        Api.Reply notAnObject = api.post("/api/v1/auth/register", "application/json", "[]", null);
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.error()).isEqualTo("request.malformed_json");
        assertThat(notAnObject.string("message")).doesNotContain("Source").doesNotContain("token");
    }

    @Test
    void wrongContentTypeIs415AndOversizeBodyIs413() {
        Api.Reply text = api.post("/api/v1/auth/register", "text/plain", "username=x", null);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.error()).isEqualTo("request.unsupported_media_type");

        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"long enough\"}";
        Api.Reply tooLarge = api.post("/api/v1/auth/register", "application/json", huge, null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("request.too_large");
    }

    @Test
    void errorsNeverCarryStackTraces() {
        Api.Reply reply = api.post("/api/v1/auth/register", "application/json", "{\"username\":", null);
        assertThat(reply.body()).doesNotContain("at io.").doesNotContain("Exception");
    }

    private void assertBadRequest(Map<String, Object> body, String code) {
        Api.Reply reply = api.postJson("/api/v1/auth/register", body, null);
        assertThat(reply.status()).as(body.toString()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(code);
        assertThat(reply.string("message")).isNotBlank();
    }
}
