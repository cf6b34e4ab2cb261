package io.parley.domain.auth;

import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One link in a session's chain of refresh tokens. Only the digest of the secret is kept.
 * A token may be exchanged once; showing it again means it leaked, and the whole session dies.
 */
public final class RefreshToken {
    private final String digest;
    private final SessionId session;
    private final UserId owner;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant usedAt;

    private RefreshToken(
            String digest, SessionId session, UserId owner, Instant issuedAt, Instant expiresAt, Instant usedAt) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.session = Objects.requireNonNull(session, "session");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.usedAt = usedAt;
    }

    /** A fresh, unused token in the given session. */
    public static RefreshToken issue(String digest, SessionId session, UserId owner, Instant now, Duration lifetime) {
        return new RefreshToken(digest, session, owner, now, now.plus(lifetime), null);
    }

    /** Rebuilds a token from storage. */
    public static RefreshToken rehydrate(
            String digest, SessionId session, UserId owner, Instant issuedAt, Instant expiresAt, Instant usedAt) {
        return new RefreshToken(digest, session, owner, issuedAt, expiresAt, usedAt);
    }

    /** What presenting this token at {@code now} means. */
    public Presentation present(Instant now) {
        if (usedAt != null) {
            return Presentation.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Presentation.EXPIRED;
        }
        return Presentation.VALID;
    }

    public String digest() {
        return digest;
    }

    public SessionId session() {
        return session;
    }

    public UserId owner() {
        return owner;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The outcome of showing a refresh token. */
    public enum Presentation {
        VALID,
        EXPIRED,
        /** Already exchanged once: treated as theft, the session is revoked. */
        REUSED
    }
}
