package io.parley.application.message;

import io.parley.application.model.MessageView;

/** Pins or unpins a message: owner or admins in a group, either member in a private chat. */
public interface PinMessageUseCase {
    /**
     * Pins or unpins the message and returns it as the actor sees it; pinning a pinned message (or unpinning one that
     * is not) changes nothing and publishes nothing, but is refused to a member who may not pin.
     */
    MessageView pin(PinMessageCommand command);
}
