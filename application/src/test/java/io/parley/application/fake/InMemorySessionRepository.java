package io.parley.application.fake;

import io.parley.application.port.SessionRepository;
import io.parley.domain.auth.RefreshToken;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link SessionRepository} in maps. */
public final class InMemorySessionRepository implements SessionRepository {
    private final Map<SessionId, UserId> owners = new ConcurrentHashMap<>();
    private final Map<SessionId, Instant> revoked = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> tokens = new ConcurrentHashMap<>();
    private final Map<SessionId, Long> openedAs = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();

    @Override
    public void open(RefreshToken first) {
        owners.put(first.session(), first.owner());
        openedAs.put(first.session(), opened.incrementAndGet());
        addToken(first);
    }

    @Override
    public List<SessionId> openBeyondNewest(UserId user, int keep) {
        return owners.entrySet().stream()
                .filter(e -> e.getValue().equals(user) && !revoked.containsKey(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparingLong((SessionId s) -> openedAs.get(s))
                        .reversed())
                .skip(keep)
                .toList();
    }

    @Override
    public void addToken(RefreshToken next) {
        if (!owners.containsKey(next.session())) {
            throw new IllegalStateException("no session " + next.session());
        }
        tokens.put(next.digest(), next);
    }

    @Override
    public Optional<RefreshToken> findToken(String digest) {
        return Optional.ofNullable(tokens.get(digest));
    }

    @Override
    public synchronized boolean markUsed(String digest, Instant now) {
        RefreshToken token = tokens.get(digest);
        if (token == null || token.present(now) == RefreshToken.Presentation.REUSED) {
            return false;
        }
        tokens.put(
                digest,
                RefreshToken.rehydrate(
                        token.digest(), token.session(), token.owner(), token.issuedAt(), token.expiresAt(), now));
        return true;
    }

    @Override
    public boolean isActive(SessionId session, UserId owner) {
        return owner.equals(owners.get(session)) && !revoked.containsKey(session);
    }

    @Override
    public void revoke(SessionId session, Instant now) {
        if (owners.containsKey(session)) {
            revoked.putIfAbsent(session, now);
        }
    }

    @Override
    public synchronized int purgeExpired(Instant now, Instant revokedBefore) {
        tokens.values().removeIf(token -> !now.isBefore(token.expiresAt()));
        int before = owners.size();
        owners.keySet().removeIf(session -> {
            Instant revokedAt = revoked.get(session);
            boolean longRevoked = revokedAt != null && revokedAt.isBefore(revokedBefore);
            boolean tokenless =
                    tokens.values().stream().noneMatch(token -> token.session().equals(session));
            return longRevoked || tokenless;
        });
        revoked.keySet().retainAll(owners.keySet());
        tokens.values().removeIf(token -> !owners.containsKey(token.session()));
        return before - owners.size();
    }

    @Override
    public void revokeAllExcept(UserId user, SessionId keep, Instant now) {
        owners.forEach((session, owner) -> {
            if (owner.equals(user) && !session.equals(keep)) {
                revoked.putIfAbsent(session, now);
            }
        });
    }

    @Override
    public void revokeAll(UserId user, Instant now) {
        owners.forEach((session, owner) -> {
            if (owner.equals(user)) {
                revoked.putIfAbsent(session, now);
            }
        });
    }
}
