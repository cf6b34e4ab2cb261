package io.parley.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.RouteAttributes;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.error.ErrorResponses;
import io.parley.application.account.VerifySessionQuery;
import io.parley.application.account.VerifySessionUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.auth.SessionId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Refuses access tokens whose session was logged out, never existed or is another user's, so logout takes effect at
 * once rather than when the token expires and a token cannot name a user without that user's session. Runs after the security filter has validated the signature; only routes that demand a logged-in
 * caller are checked, so register, login, refresh, /health and unknown paths answer as they would without a token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RevokedSessionFilter implements Ordered {
    private final VerifySessionUseCase sessions;

    public RevokedSessionFilter(VerifySessionUseCase sessions) {
        this.sessions = sessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> refuseRevokedSessions(HttpRequest<?> request) {
        if (!requiresAuthentication(request)) {
            // a client that still sends a logged-out token may log in, register, refresh or probe /health
            return null;
        }
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            // the route's security rule answers 401
            return null;
        }
        Caller caller;
        try {
            caller = Caller.of(authentication.get());
        } catch (DomainException malformed) {
            // a subject that is no user id, or a session id that is no UUID
            return ErrorResponses.of(HttpStatus.UNAUTHORIZED, malformed.code(), malformed.getMessage());
        }
        Optional<SessionId> session = caller.session();
        if (session.isEmpty()) {
            // Parley's tokens always name their session (the token validator refuses others before this)
            return unauthorized();
        }
        if (!sessions.isActive(new VerifySessionQuery(session.get(), caller.user()))) {
            return ErrorResponses.of(
                    HttpStatus.UNAUTHORIZED, "auth.session_revoked", "this session has been logged out; log in again");
        }
        return null;
    }

    private static HttpResponse<?> unauthorized() {
        return ErrorResponses.of(HttpStatus.UNAUTHORIZED, "auth.unauthorized", "a valid bearer token is required");
    }

    /** True for routes of Parley's API that demand a logged-in caller; unknown paths and /health are not. */
    private static boolean requiresAuthentication(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .map(route -> Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class)))
                .filter(rules -> !rules.isEmpty() && !rules.contains(SecurityRule.IS_ANONYMOUS))
                .isPresent();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
