package io.parley.domain.mention;

import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Whom a message mentions: members by id, in the order named, and {@code everyone} ({@code @all}). A user is named at
 * most once; who may be named, and how many, is {@link #checkAllowed}'s rule.
 */
public record Mentions(List<UserId> users, boolean everyone) {
    /** A message that mentions nobody. */
    public static final Mentions NONE = new Mentions(List.of(), false);

    public Mentions {
        users = List.copyOf(Objects.requireNonNull(users, "users"));
        if (new HashSet<>(users).size() != users.size()) {
            throw MentionRefusedException.invalid("mentions names a user more than once");
        }
    }

    /** The mentions a client named; null ids are refused. */
    public static Mentions of(List<Long> ids, boolean everyone) {
        if (ids == null) {
            return new Mentions(List.of(), everyone);
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw MentionRefusedException.invalid("mentions must be user ids");
        }
        return new Mentions(ids.stream().map(UserId::of).toList(), everyone);
    }

    /**
     * Checks that {@code author} may mention these in their conversation, whose members are {@code members}: every
     * named user a member, at most {@code limit} of them, and {@code @all} only by a group's owner or admins.
     */
    public void checkAllowed(Membership author, Collection<UserId> members, int limit) {
        if (users.size() > limit) {
            throw MentionRefusedException.tooMany(limit);
        }
        if (!members.containsAll(users)) {
            // strangers and users who do not exist get one answer: nothing is learnt about either
            throw MentionRefusedException.invalid("mentions may name only members of this chat");
        }
        if (everyone && !author.moderates()) {
            throw MentionRefusedException.everyoneForbidden();
        }
    }

    /** True if the message mentions {@code user}, by name or through {@code @all}. */
    public boolean include(UserId user) {
        return everyone || users.contains(user);
    }

    public boolean isEmpty() {
        return !everyone && users.isEmpty();
    }
}
