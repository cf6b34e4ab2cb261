package io.parley.application.message;

import io.parley.application.model.MessageView;

/** Adds or removes a member's emoji reaction on a message. */
public interface ReactToMessageUseCase {
    /**
     * Adds or removes the reaction and returns the message with its reactions as the actor sees them; a reaction
     * already given (or not given, for a removal) changes nothing and publishes nothing.
     */
    MessageView react(ReactToMessageCommand command);
}
