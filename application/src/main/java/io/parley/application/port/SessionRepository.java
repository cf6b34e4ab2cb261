package io.parley.application.port;

import io.parley.domain.auth.RefreshToken;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores login sessions and the refresh tokens that rotate within them. */
public interface SessionRepository {
    /** Opens a new session for {@code user} together with its first refresh token. */
    void open(RefreshToken first);

    /** Adds the next token of an existing session. */
    void addToken(RefreshToken next);

    /** The token whose secret hashes to {@code digest}, if it was ever issued. */
    Optional<RefreshToken> findToken(String digest);

    /** Marks the token used; returns false if it was already used (a concurrent exchange won), so rotation happens once. */
    boolean markUsed(String digest, Instant now);

    /** True while the session exists, belongs to {@code owner} and has not been revoked. */
    boolean isActive(SessionId session, UserId owner);

    /** Revokes the session; every token of it, and every access token naming it, stops working. Idempotent. */
    void revoke(SessionId session, Instant now);

    /** The user's open sessions other than the {@code keep} newest (by creation), oldest last. */
    List<SessionId> openBeyondNewest(UserId user, int keep);

    /** Revokes every session of {@code user}. Idempotent. */
    void revokeAll(UserId user, Instant now);

    /** Revokes every session of {@code user} except {@code keep}. Idempotent. */
    void revokeAllExcept(UserId user, SessionId keep, Instant now);

    /**
     * Deletes refresh tokens that expired before {@code now} and sessions that can no longer be used: revoked before
     * {@code revokedBefore}, or left without an unexpired token. Returns how many sessions were deleted.
     */
    int purgeExpired(Instant now, Instant revokedBefore);
}
