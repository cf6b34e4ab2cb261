package io.parley.application.chat;

/** Tells a member who is in a private chat and since when it exists. */
public interface GetPrivateChatUseCase {
    PrivateChatView get(GetPrivateChatQuery query);
}
