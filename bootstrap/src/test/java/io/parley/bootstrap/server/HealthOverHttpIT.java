package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} tells everyone UP or DOWN, shows component details only to an operator with the management token,
 * and never shows a connection string, even when the database URL carries credentials.
 */
class HealthOverHttpIT {
    private static final String MANAGEMENT_TOKEN = "operator-" + UUID.randomUUID();
    private static final String HEADER = "X-Management-Token";

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheOperatorSeesDetailsAndNobodySeesTheDatabaseUrl() {
        TestDatabase.Target database = TestDatabase.shared();
        String secret = "health-secret-" + UUID.randomUUID();
        // a URL parameter the driver accepts, standing for a password written into PARLEY_DB_URL
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "ApplicationName=" + secret;
        try (Parley server = TestServer.start(
                database, Map.of("datasources.default.url", url, "parley.management.token", MANAGEMENT_TOKEN))) {
            Api api = new Api(server);
            JsonMapper json = server.context().getBean(JsonMapper.class);
            String user = api.register().accessToken();

            for (Api.Download answer : new Api.Download[] {
                api.download("/health", null),
                api.download("/health", user),
                api.download("/health", null, HEADER, "wrong-" + MANAGEMENT_TOKEN),
                api.download("/health", user, HEADER, "")
            }) {
                Map<String, Object> body = parse(json, answer);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(body).containsEntry("status", "UP");
                assertThat(body.get("details")).isNull();
                assertThat(text(answer)).doesNotContain(secret).doesNotContain("jdbc:");
            }

            Api.Download operator = api.download("/health", null, HEADER, MANAGEMENT_TOKEN);
            assertThat(operator.status()).isEqualTo(200);
            Map<String, Object> details =
                    (Map<String, Object>) parse(json, operator).get("details");
            Map<String, Object> databaseHealth = (Map<String, Object>) details.get("database");
            assertThat(databaseHealth).containsEntry("status", "UP");
            assertThat(text(operator))
                    .doesNotContain(secret)
                    .doesNotContain("jdbc:")
                    .doesNotContain(database.url().replaceFirst("^jdbc:", ""));
        }
    }

    private static String text(Api.Download answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> parse(JsonMapper json, Api.Download answer) {
        try {
            return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
