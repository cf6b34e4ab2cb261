package io.parley.application.fake;

import io.parley.application.port.UserRepository;
import io.parley.domain.user.Email;
import io.parley.domain.user.EmailTakenException;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import io.parley.domain.user.UsernameTakenException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link UserRepository} in a map, with the same uniqueness rules as the database. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<Long, User> users = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<UserId, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public UserId nextId() {
        return UserId.of(ids.incrementAndGet());
    }

    @Override
    public synchronized void add(User user) {
        checkUnique(user);
        users.put(user.id().value(), user);
    }

    @Override
    public synchronized void update(User user) {
        checkUnique(user);
        users.put(user.id().value(), user);
    }

    private void checkUnique(User user) {
        for (User other : users.values()) {
            if (other.id().equals(user.id())) {
                continue;
            }
            if (other.username().equals(user.username())) {
                throw new UsernameTakenException(user.username());
            }
            if (user.email().isPresent() && other.email().equals(user.email())) {
                throw new EmailTakenException();
            }
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id.value()));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.values().stream()
                .filter(u -> u.username().equals(username))
                .findFirst();
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.values().stream()
                .filter(u -> u.email().filter(email::equals).isPresent())
                .findFirst();
    }

    @Override
    public List<User> search(String prefix, int limit, long offset) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> u.username().value().startsWith(lower)
                        || u.name().value().toLowerCase(Locale.ROOT).startsWith(lower))
                .sorted(Comparator.comparing(u -> u.username().value()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public List<User> findByIds(Collection<UserId> ids) {
        return ids.stream()
                .distinct()
                .map(id -> users.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public void recordLastSeen(UserId user, Instant at) {
        if (users.containsKey(user.value())) {
            lastSeen.merge(user, at, (old, now) -> now.isAfter(old) ? now : old);
        }
    }

    @Override
    public Map<UserId, Instant> lastSeen(Collection<UserId> ids) {
        Map<UserId, Instant> seen = new HashMap<>();
        ids.forEach(id -> Optional.ofNullable(lastSeen.get(id)).ifPresent(at -> seen.put(id, at)));
        return seen;
    }

    public int count() {
        return users.size();
    }
}
