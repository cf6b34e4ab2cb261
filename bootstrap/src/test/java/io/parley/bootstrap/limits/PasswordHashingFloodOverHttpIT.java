package io.parley.bootstrap.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password hashing (Argon2id, 19 MiB a check) runs at most {@code parley.security.hashing-concurrency} at once; a login
 * or registration beyond that is refused at once with 429 {@code auth.busy}, so a flood neither exhausts the heap nor
 * starves health checks and other users' requests.
 */
class PasswordHashingFloodOverHttpIT {
    private static final int FLOOD = 400;
    private static Parley server;
    private static Api api;

    @BeforeAll
    static void start() {
        Map<String, Object> overrides = new HashMap<>(TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        // the flood comes from one address: lift the per-address limits so only the hashing bound can refuse it
        overrides.put("parley.limits.login-per-address", "100000/1m");
        overrides.put("parley.limits.register-per-address", "100000/1m");
        server = TestServer.start(TestDatabase.shared(), overrides);
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLoginAndRegistrationFloodIsRefusedFastWhileHealthAndOtherUsersStayServed() throws Exception {
        Api.Session bystander = api.register();
        HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(32))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Long> healthMillis = new ArrayList<>();
        List<Long> meMillis = new ArrayList<>();
        Thread probe = new Thread(() -> {
            while (flooding.get()) {
                healthMillis.add(timed(
                        () -> assertThat(api.get("/health", null).status()).isEqualTo(200)));
                meMillis.add(timed(() -> assertThat(api.get("/api/v1/auth/me", bystander.accessToken())
                                .status())
                        .isEqualTo(200)));
            }
        });

        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        probe.start();
        for (int i = 0; i < FLOOD; i++) {
            String body = i % 4 == 0
                    ? "{\"username\":\"" + Api.uniqueName("flood") + "\",\"password\":\"correct horse\"}"
                    : "{\"login\":\"" + Api.uniqueName("ghost") + "\",\"password\":\"correct horse\"}";
            String path = i % 4 == 0 ? "/api/v1/auth/register" : "/api/v1/auth/login";
            long started = System.nanoTime();
            answers.add(client.sendAsync(
                            HttpRequest.newBuilder(URI.create(server.uri() + path))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> new Answer(
                            response.statusCode(),
                            response.body(),
                            response.headers().firstValue("Retry-After").orElse(null),
                            (System.nanoTime() - started) / 1_000_000)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
        flooding.set(false);
        probe.join();

        List<Answer> all = answers.stream().map(CompletableFuture::join).toList();
        List<Answer> busy = all.stream().filter(a -> a.status() == 429).toList();
        assertThat(all).allSatisfy(a -> assertThat(a.status()).isIn(201, 401, 429));
        assertThat(busy).as("hashing beyond the bound is refused, not queued").isNotEmpty();
        assertThat(busy).allSatisfy(a -> {
            assertThat(a.body()).contains("\"error\":\"auth.busy\"");
            assertThat(a.retryAfter()).isEqualTo("1");
        });
        assertThat(healthMillis).isNotEmpty();
        assertThat(healthMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("slowest /health during the flood, ms")
                .isLessThan(3000);
        assertThat(meMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("slowest authenticated request during the flood, ms")
                .isLessThan(3000);
        // the server is whole afterwards: the bystander can still log in
        assertThat(api.get("/health", null).status()).isEqualTo(200);
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private record Answer(int status, String body, String retryAfter, long millis) {}
}
