package io.parley.application.message;

/** Deletes a message for everyone. */
public interface DeleteMessageUseCase {
    void delete(DeleteMessageCommand command);
}
