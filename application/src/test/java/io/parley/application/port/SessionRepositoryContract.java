package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.auth.RefreshToken;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class SessionRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-03-04T05:06:07.123456Z");
    protected SessionRepository sessions;

    protected abstract SessionRepository repository();

    /** A user that exists in the backing store (sessions reference users). */
    protected abstract UserId existingUser();

    @BeforeEach
    void setUp() {
        sessions = repository();
    }

    private RefreshToken token(SessionId session, UserId user) {
        return RefreshToken.issue(UUID.randomUUID().toString(), session, user, NOW, Duration.ofDays(30));
    }

    @Test
    void anOpenedSessionIsActiveAndItsTokenIsFound() {
        UserId user = existingUser();
        RefreshToken first = token(SessionId.random(), user);
        sessions.open(first);

        assertThat(sessions.isActive(first.session(), first.owner())).isTrue();
        RefreshToken found = sessions.findToken(first.digest()).orElseThrow();
        assertThat(found.session()).isEqualTo(first.session());
        assertThat(found.owner()).isEqualTo(user);
        assertThat(found.expiresAt()).isEqualTo(first.expiresAt());
        assertThat(found.present(NOW)).isEqualTo(RefreshToken.Presentation.VALID);
    }

    @Test
    void theSessionsBeyondTheNewestAreTheOlderOpenOnesNewestFirst() {
        UserId user = existingUser();
        List<SessionId> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RefreshToken first = RefreshToken.issue(
                    UUID.randomUUID().toString(), SessionId.random(), user, NOW.plusSeconds(i), Duration.ofDays(30));
            sessions.open(first);
            opened.add(first.session());
        }
        sessions.revoke(opened.get(1), NOW.plusSeconds(10));

        assertThat(sessions.openBeyondNewest(user, 2)).containsExactly(opened.get(0));
        assertThat(sessions.openBeyondNewest(user, 1)).containsExactly(opened.get(2), opened.get(0));
        assertThat(sessions.openBeyondNewest(user, 3)).isEmpty();
    }

    @Test
    void aTokenCanBeMarkedUsedOnlyOnce() {
        RefreshToken first = token(SessionId.random(), existingUser());
        sessions.open(first);

        assertThat(sessions.markUsed(first.digest(), NOW.plusSeconds(1))).isTrue();
        assertThat(sessions.markUsed(first.digest(), NOW.plusSeconds(2))).isFalse();
        assertThat(sessions.findToken(first.digest()).orElseThrow().present(NOW.plusSeconds(3)))
                .isEqualTo(RefreshToken.Presentation.REUSED);
    }

    @Test
    void revokingASessionLeavesTheUsersOtherSessionsActive() {
        UserId user = existingUser();
        RefreshToken one = token(SessionId.random(), user);
        RefreshToken two = token(SessionId.random(), user);
        sessions.open(one);
        sessions.open(two);
        sessions.addToken(token(one.session(), user));

        sessions.revoke(one.session(), NOW);
        sessions.revoke(one.session(), NOW.plusSeconds(1));

        assertThat(sessions.isActive(one.session(), one.owner())).isFalse();
        assertThat(sessions.isActive(two.session(), two.owner())).isTrue();
    }

    @Test
    void revokeAllEndsEverySessionOfThatUserOnly() {
        UserId user = existingUser();
        UserId other = existingUser();
        RefreshToken one = token(SessionId.random(), user);
        RefreshToken two = token(SessionId.random(), user);
        RefreshToken theirs = token(SessionId.random(), other);
        sessions.open(one);
        sessions.open(two);
        sessions.open(theirs);

        sessions.revokeAll(user, NOW);

        assertThat(sessions.isActive(one.session(), one.owner())).isFalse();
        assertThat(sessions.isActive(two.session(), two.owner())).isFalse();
        assertThat(sessions.isActive(theirs.session(), theirs.owner())).isTrue();
    }

    @Test
    void purgeDeletesExpiredTokensAndDeadSessionsButKeepsLiveOnes() {
        UserId user = existingUser();
        RefreshToken live = token(SessionId.random(), user);
        RefreshToken expiring =
                RefreshToken.issue(UUID.randomUUID().toString(), SessionId.random(), user, NOW, Duration.ofMinutes(1));
        RefreshToken recentlyRevoked = token(SessionId.random(), user);
        RefreshToken longRevoked = token(SessionId.random(), user);
        sessions.open(live);
        sessions.open(expiring);
        sessions.open(recentlyRevoked);
        sessions.open(longRevoked);
        sessions.revoke(longRevoked.session(), NOW);
        sessions.revoke(recentlyRevoked.session(), NOW.plus(Duration.ofHours(2)));
        Instant later = NOW.plus(Duration.ofHours(3));

        int deleted = sessions.purgeExpired(later, later.minus(Duration.ofHours(2)));

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(sessions.isActive(live.session(), live.owner())).isTrue();
        assertThat(sessions.findToken(live.digest())).isPresent();
        assertThat(sessions.findToken(expiring.digest())).isEmpty();
        assertThat(sessions.findToken(longRevoked.digest())).isEmpty();
        // revoked an hour ago: kept, so a replayed token is still known to belong to a logged-out session
        assertThat(sessions.findToken(recentlyRevoked.digest())).isPresent();
        assertThat(sessions.isActive(recentlyRevoked.session(), recentlyRevoked.owner()))
                .isFalse();
    }

    @Test
    void revokeAllExceptKeepsOnlyTheNamedSession() {
        UserId user = existingUser();
        RefreshToken current = token(SessionId.random(), user);
        RefreshToken other = token(SessionId.random(), user);
        sessions.open(current);
        sessions.open(other);

        sessions.revokeAllExcept(user, current.session(), NOW);

        assertThat(sessions.isActive(current.session(), current.owner())).isTrue();
        assertThat(sessions.isActive(other.session(), other.owner())).isFalse();
    }

    @Test
    void anUnknownSessionIsNotActive() {
        assertThat(sessions.isActive(SessionId.random(), existingUser())).isFalse();
    }

    @Test
    void aSessionIsActiveOnlyForItsOwner() {
        UserId owner = existingUser();
        RefreshToken first = token(SessionId.random(), owner);
        sessions.open(first);

        assertThat(sessions.isActive(first.session(), owner)).isTrue();
        assertThat(sessions.isActive(first.session(), existingUser())).isFalse();
        assertThat(sessions.findToken("no-such-digest")).isEmpty();
    }
}
