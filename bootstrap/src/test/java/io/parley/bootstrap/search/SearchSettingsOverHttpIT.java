package io.parley.bootstrap.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PARLEY_SEARCH_MAX_QUERY_LENGTH and PARLEY_SEARCH_MAX_PAGE_SIZE are what the server enforces. */
class SearchSettingsOverHttpIT {
    private static Parley server;
    private static Api api;

    @BeforeAll
    static void start() {
        Map<String, Object> overrides = new HashMap<>(TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        overrides.put("parley.search.max-query-length", "5");
        overrides.put("parley.search.max-page-size", "3");
        server = TestServer.start(TestDatabase.shared(), overrides);
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theConfiguredQueryLengthAndPageSizeAreTheLimits() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        new Chats(api).open(alice, bob);
        String everywhere = "/api/v1/search/messages?q=";

        assertThat(api.get(everywhere + "abcde", alice.accessToken()).status())
                .as("the default page size follows a smaller maximum")
                .isEqualTo(200);
        Api.Reply tooLong = api.get(everywhere + "abcdef", alice.accessToken());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.error()).isEqualTo("search.query_too_long");
        assertThat(tooLong.json().get("message")).isEqualTo("q must be at most 5 characters");

        assertThat(api.get(everywhere + "abc&limit=3", alice.accessToken()).status())
                .isEqualTo(200);
        Api.Reply tooMany = api.get(everywhere + "abc&limit=4", alice.accessToken());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.error()).isEqualTo("request.invalid_limit");
    }
}
