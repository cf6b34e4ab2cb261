package io.parley.domain.reaction;

import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reactions on one message: at most one per emoji per user, and within {@link ReactionLimits}. Adding a
 * reaction the user already gave, or removing one they did not, changes nothing (and says so).
 */
public final class MessageReactions {
    private final MessageId message;
    private final List<Reaction> reactions;

    private MessageReactions(MessageId message, List<Reaction> reactions) {
        this.message = Objects.requireNonNull(message, "message");
        this.reactions = List.copyOf(reactions);
    }

    /** The reactions stored for a message. */
    public static MessageReactions rehydrate(MessageId message, List<Reaction> reactions) {
        return new MessageReactions(message, reactions);
    }

    /**
     * The reaction {@code actor} adds, or empty if they already gave this emoji; a new emoji beyond the message's
     * limit, or beyond the actor's own, throws {@link TooManyReactionsException}.
     */
    public Optional<Reaction> add(UserId actor, Emoji emoji, Instant now, ReactionLimits limits) {
        if (has(actor, emoji)) {
            return Optional.empty();
        }
        if (reactions.stream().noneMatch(r -> r.emoji().equals(emoji))
                && distinctEmoji() >= limits.distinctPerMessage()) {
            throw TooManyReactionsException.distinct(limits.distinctPerMessage());
        }
        if (reactions.stream().filter(r -> r.user().equals(actor)).count() >= limits.perUserPerMessage()) {
            throw TooManyReactionsException.ofUser(limits.perUserPerMessage());
        }
        return Optional.of(new Reaction(actor, emoji, now));
    }

    /** True if {@code actor} has given {@code emoji}: only then does removing it change anything. */
    public boolean has(UserId actor, Emoji emoji) {
        return reactions.stream()
                .anyMatch(r -> r.user().equals(actor) && r.emoji().equals(emoji));
    }

    /** How many different emoji the message carries. */
    public long distinctEmoji() {
        return reactions.stream().map(Reaction::emoji).distinct().count();
    }

    public MessageId message() {
        return message;
    }

    public List<Reaction> reactions() {
        return new ArrayList<>(reactions);
    }
}
