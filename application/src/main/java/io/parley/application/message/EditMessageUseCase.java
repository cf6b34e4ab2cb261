package io.parley.application.message;

/** Changes the text of one's own message. */
public interface EditMessageUseCase {
    MessageView edit(EditMessageCommand command);
}
