package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A conversation between exactly two distinct users; a pair has at most one. */
public final class PrivateChat {
    private final ChatId id;
    private final UserId first;
    private final UserId second;
    private final Instant createdAt;

    private PrivateChat(ChatId id, UserId first, UserId second, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (first.equals(second)) {
            throw new ChatWithSelfException();
        }
    }

    /** A new chat that {@code opener} starts with {@code other}. */
    public static PrivateChat start(ChatId id, UserId opener, UserId other, Instant now) {
        return new PrivateChat(id, opener, other, now);
    }

    /** Rebuilds a chat from storage. */
    public static PrivateChat rehydrate(ChatId id, UserId first, UserId second, Instant createdAt) {
        return new PrivateChat(id, first, second, createdAt);
    }

    public boolean hasMember(UserId user) {
        return first.equals(user) || second.equals(user);
    }

    /** The member who is not {@code user}; {@code user} must be a member. */
    public UserId otherThan(UserId user) {
        if (!hasMember(user)) {
            throw new IllegalArgumentException(user + " is not in chat " + id);
        }
        return first.equals(user) ? second : first;
    }

    /** The pair with the smaller id first: the same for both openers, so a pair maps to one chat. */
    public List<UserId> pair() {
        return first.value() < second.value() ? List.of(first, second) : List.of(second, first);
    }

    public ChatId id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
