package io.parley.application.message;

/** Sends into the private chat with a user, opening it first if needed (seed 001's direct send). */
public interface SendDirectMessageUseCase {
    SentMessage send(SendDirectMessageCommand command);
}
