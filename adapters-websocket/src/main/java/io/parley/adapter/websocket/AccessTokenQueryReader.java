package io.parley.adapter.websocket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access token from {@code ?access_token=} on socket upgrades only: browsers cannot set headers on a
 * WebSocket. Ordinary requests must use the Authorization header (a token in a URL ends up in logs); when both are
 * present the header wins, even when it is not a valid bearer token.
 */
@Singleton
public final class AccessTokenQueryReader implements TokenReader<HttpRequest<?>> {
    static final String PARAMETER = "access_token";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!UpgradeGuard.isUpgrade(request) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            // Micronaut tries every token it finds and takes the first valid one: a request that sends a header is
            // judged by its header alone
            return Optional.empty();
        }
        return request.getParameters().getFirst(PARAMETER).filter(token -> !token.isBlank());
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
