package io.parley.application.event;

/**
 * An {@link EventVisitor} for consumers that treat the three message changes (sent, edited, deleted) alike: they
 * carry the chat's cursor and travel through its ordered feed. Every other kind is still the subclass's to handle,
 * one method each, and a new message change is too (it is not routed here until this class says so).
 */
public abstract class MessageChangesAlike<R> implements EventVisitor<R> {

    /** Handles a message change of any of the three kinds. */
    protected abstract R change(SequencedChatEvent change);

    @Override
    public final R messageSent(MessageSent event) {
        return change(event);
    }

    @Override
    public final R messageEdited(MessageEdited event) {
        return change(event);
    }

    @Override
    public final R messageDeleted(MessageDeleted event) {
        return change(event);
    }
}
