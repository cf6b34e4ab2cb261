package io.parley.application.message;

import io.parley.application.model.MessageView;

/** Changes the text of one's own message. */
public interface EditMessageUseCase {
    MessageView edit(EditMessageCommand command);
}
