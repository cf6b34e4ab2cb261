package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.ErrorStatus;
import io.parley.domain.DomainException;
import io.parley.domain.RateLimitedException;

/**
 * A client action was refused; {@code error} is the same stable code the REST API uses, {@code kind} the rejection's
 * kind ({@code invalid}, {@code not_found}, {@code forbidden}, … — the same kind that picks a REST status; {@code server}
 * for a failure of the server's own). {@code retryAfterMs} says, for a rate-limited action ({@code rate_limited}), how
 * long to wait before trying again; null otherwise. The socket stays open.
 */
@Serdeable
public record ErrorPayload(
        String error,
        String kind,
        String message,
        @Nullable String action,
        @Nullable String clientId,
        @Nullable Long chatId,
        @Nullable Long retryAfterMs) {
    /** The kind of a failure that is the server's, not the client's. */
    public static final String SERVER_KIND = "server";

    /** The frame for a refusal of a client's action. */
    public static ErrorPayload of(
            DomainException refused, @Nullable String action, @Nullable String clientId, @Nullable Long chatId) {
        Long retryAfterMs = refused instanceof RateLimitedException limited
                ? limited.retryAfter().toMillis()
                : null;
        return new ErrorPayload(
                refused.code(),
                ErrorStatus.wireName(refused.kind()),
                refused.getMessage(),
                action,
                clientId,
                chatId,
                retryAfterMs);
    }
}
