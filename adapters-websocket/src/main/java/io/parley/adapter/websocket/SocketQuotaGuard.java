package io.parley.adapter.websocket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.parley.adapter.websocket.socket.SocketLimitSettings;
import io.parley.adapter.websocket.socket.SocketUser;
import io.parley.application.limit.Limited;
import io.parley.application.limit.QuotaExceededException;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.port.PresenceTracker;
import io.parley.domain.ServiceUnavailableException;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses a socket upgrade with 429 {@code request.rate_limited} (and {@code Retry-After}, {@code RateLimit-*}) before
 * any socket opens, when the user opened too many sockets lately or already has
 * {@code parley.limits.open-sockets-per-user} open across all nodes. Runs after authentication and the membership
 * check, so a caller without a valid token has had its 401 and an outsider its 404. While presence is unavailable
 * (Redis down) the open-sockets cap is not checked; the rate of opens still is.
 */
@ServerFilter("/api/v1/**")
public final class SocketQuotaGuard implements Ordered {
    private final TakeQuotaUseCase quotas;
    private final PresenceTracker presence;
    private final SocketLimitSettings limits;

    public SocketQuotaGuard(TakeQuotaUseCase quotas, PresenceTracker presence, SocketLimitSettings limits) {
        this.quotas = quotas;
        this.presence = presence;
        this.limits = limits;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> limitSocketOpens(HttpRequest<?> request) {
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (!UpgradeGuard.isUpgrade(request) || caller.isEmpty()) {
            return null;
        }
        UserId user = SocketUser.of(caller.get()).user();
        if (openSockets(user) >= limits.openSocketsPerUser()) {
            return refusal(
                    "too many open sockets; close one first",
                    Duration.ofSeconds(1),
                    limits.openSocketsPerUser(),
                    0,
                    Duration.ofSeconds(1));
        }
        try {
            quotas.take(TakeQuotaCommand.byUser(Limited.SOCKET_OPEN, user));
            return null;
        } catch (QuotaExceededException refused) {
            return refusal(
                    refused.getMessage(), refused.retryAfter(), refused.limit(), refused.remaining(), refused.reset());
        }
    }

    /**
     * The user's open sockets across the cluster; 0 while presence is unavailable (Redis down): then only the rate of
     * socket opens bounds them, per node (docs/operations.md).
     */
    private int openSockets(UserId user) {
        try {
            return presence.openSockets(user);
        } catch (ServiceUnavailableException unknown) {
            return 0;
        }
    }

    private static MutableHttpResponse<?> refusal(
            String message, Duration retryAfter, long limit, long remaining, Duration reset) {
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)))
                .header("RateLimit-Limit", Long.toString(limit))
                .header("RateLimit-Remaining", Long.toString(remaining))
                .header("RateLimit-Reset", Long.toString(seconds(reset)))
                .body(new UpgradeRefusal("request.rate_limited", message));
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 20;
    }
}
