package io.parley.application.event;

/**
 * A change that moved its conversation's change cursor (a message created, edited or deleted). Cursors of a
 * conversation are gap-free and strictly increasing in commit order, so a receiver can put these events in order,
 * drop repeats and notice holes, which it fills from storage.
 */
public sealed interface SequencedChatEvent extends ChatEvent permits MessageSent, MessageEdited, MessageDeleted {

    /** The conversation's change cursor after this change. */
    long cursor();

    /** Hands this change to the visitor's method for its kind and returns what that method returns. */
    <R> R accept(SequencedChatEventVisitor<R> visitor);
}
