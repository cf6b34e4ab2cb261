package io.parley.application.message;

/** Stores a message under the conversation's next seq, at most once per (sender, client id). */
public interface SendMessageUseCase {
    SentMessage send(SendMessageCommand command);
}
