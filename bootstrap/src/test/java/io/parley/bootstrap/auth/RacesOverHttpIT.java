package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Clients that race each other get clean answers: one winner, the rest refused, never a 500. */
class RacesOverHttpIT {
    private static final int RACERS = 8;
    private final Api api = TestServer.api();

    private List<Api.Reply> race(Callable<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racingRegistrationsOfOneUsernameCreateExactlyOneAccount() throws Exception {
        String name = Api.uniqueName("race");
        List<Api.Reply> replies = race(() ->
                api.postJson("/api/v1/auth/register", Map.of("username", name, "password", "correct horse"), null));

        assertThat(replies).extracting(Api.Reply::status).isSubsetOf(201, 409, 429);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies)
                .filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.error()).isEqualTo("user.username_taken"));
        Api.Session caller = api.register();
        assertThat(api.get("/api/v1/users?q=" + name, caller.accessToken()).list("users"))
                .hasSize(1);
    }

    @Test
    void racingRefreshesWithOneTokenLetAtMostOneWinAndRevokeTheSession() throws Exception {
        Api.Session session = api.register();
        List<Api.Reply> replies =
                race(() -> api.postJson("/api/v1/auth/refresh", Map.of("refresh_token", session.refreshToken()), null));

        assertThat(replies).extracting(Api.Reply::status).containsOnly(200, 401);
        List<Api.Reply> winners =
                replies.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSizeLessThanOrEqualTo(1);
        // the same token was shown twice: treated as theft, so nothing of this login survives
        for (Api.Reply winner : winners) {
            assertThat(api.postJson(
                                    "/api/v1/auth/refresh",
                                    Map.of("refresh_token", winner.string("refresh_token")),
                                    null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/v1/auth/me", session.accessToken()).status()).isEqualTo(401);
    }
}
