package io.parley.adapter.security;

import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.parley.application.port.AccessTokenIssuer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Accepts only tokens shaped as Parley issues them, beyond a valid signature: {@code iss} is this application,
 * {@code exp} is present and in the future, {@code nbf} (if present) has passed, {@code sub} is a user id and
 * {@code sid} a session id. Any other token is no token (401 on routes that need one). Whether the session is open and
 * belongs to {@code sub} is checked against the database after this (the REST adapter's session filter).
 *
 * @param <T> the request type
 */
@Singleton
public final class ParleyClaimsValidator<T> implements GenericJwtClaimsValidator<T> {
    /** How far ahead of this node's clock another node's {@code nbf} may be. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final String issuer;
    private final Clock clock;

    public ParleyClaimsValidator(ApplicationConfiguration application) {
        this(
                application
                        .getName()
                        .orElseThrow(() -> new IllegalStateException("micronaut.application.name is unset")),
                Clock.systemUTC());
    }

    ParleyClaimsValidator(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Instant now = clock.instant();
        Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
        Object notBefore = claims.get(Claims.NOT_BEFORE);
        return issuer.equals(claims.get(Claims.ISSUER))
                && expiry != null
                && now.isBefore(expiry)
                && (notBefore == null || notBeforePassed(instant(notBefore), now))
                && isUserId(claims.get(Claims.SUBJECT))
                && isSessionId(claims.get(AccessTokenIssuer.SESSION_CLAIM));
    }

    private static boolean notBeforePassed(Instant notBefore, Instant now) {
        return notBefore != null && !notBefore.isAfter(now.plus(CLOCK_SKEW));
    }

    private static boolean isUserId(Object subject) {
        if (!(subject instanceof String text)) {
            return false;
        }
        try {
            return Long.parseLong(text) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isSessionId(Object sid) {
        if (!(sid instanceof String text)) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A time claim as nimbus gives it (a Date) or as raw JSON would (seconds since the epoch). */
    private static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
