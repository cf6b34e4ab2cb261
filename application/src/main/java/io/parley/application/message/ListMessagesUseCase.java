package io.parley.application.message;

/** Reads a conversation's history by offset or by seq cursor. */
public interface ListMessagesUseCase {
    MessageHistory list(ListMessagesQuery query);
}
