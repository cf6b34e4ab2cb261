package io.parley.application.port;

import io.parley.domain.message.MessageId;
import io.parley.domain.reaction.Emoji;
import io.parley.domain.reaction.MessageReactions;
import io.parley.domain.reaction.Reaction;
import io.parley.domain.user.UserId;

/** Stores the emoji reactions on messages; a message's reactions go when its conversation goes. */
public interface ReactionRepository {
    /** Every reaction on a message, in the order given. */
    MessageReactions of(MessageId message);

    /** Stores a reaction the aggregate allowed (the caller holds the conversation's lock). */
    void add(MessageId message, Reaction reaction);

    /** Removes one user's emoji from a message; a reaction that is not there changes nothing. */
    void remove(MessageId message, UserId user, Emoji emoji);
}
