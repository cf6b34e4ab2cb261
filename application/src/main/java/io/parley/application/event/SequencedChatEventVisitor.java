package io.parley.application.event;

/**
 * One method per kind of {@link SequencedChatEvent}: a consumer that implements it handles every kind of message
 * change, and a new kind fails to compile until each consumer handles it.
 *
 * @param <R> what the consumer makes of an event ({@link Void} for none)
 */
public interface SequencedChatEventVisitor<R> {

    R messageSent(MessageSent event);

    R messageEdited(MessageEdited event);

    R messageDeleted(MessageDeleted event);
}
