package io.parley.application.chat;

/** Deletes a private chat with all its messages, for both members. */
public interface DeletePrivateChatUseCase {
    void delete(DeletePrivateChatCommand command);
}
