package io.parley.application.chat;

/** Gets or creates the one private chat of two users. */
public interface OpenPrivateChatUseCase {
    PrivateChatView open(OpenPrivateChatCommand command);
}
