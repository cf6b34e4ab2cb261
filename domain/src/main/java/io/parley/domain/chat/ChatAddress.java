package io.parley.domain.chat;

import java.util.Objects;

/** A conversation as a client names it: {@code /chat/{id}} reaches only private chats, {@code /group/{id}} only groups. */
public record ChatAddress(ChatKind kind, ChatId id) {
    public ChatAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ChatAddress privateChat(long id) {
        return new ChatAddress(ChatKind.PRIVATE, ChatId.of(id));
    }

    public static ChatAddress group(long id) {
        return new ChatAddress(ChatKind.GROUP, ChatId.of(id));
    }

    /** The answer for a missing conversation and for one the caller is not in; the two must look the same. */
    public ChatNotFoundException notFound() {
        return new ChatNotFoundException(this);
    }
}
