package io.parley.application.chat;

/** Tells a conversation's other members that the actor is typing or has stopped; nothing is stored. */
public interface IndicateTypingUseCase {
    void indicate(IndicateTypingCommand command);
}
