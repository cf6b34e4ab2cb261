package io.parley.domain.media;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;

/** The chat, group or user that media belongs to. */
public record MediaOwner(OwnerKind kind, long id) {
    public MediaOwner {
        if (kind == null || id <= 0) {
            throw DomainException.invalid("media.invalid_owner", "media belongs to a chat, group or user id > 0");
        }
    }

    /** A conversation's files: a private chat's live under {@code chats/<id>}, a group's under {@code groups/<id>}. */
    public static MediaOwner of(ChatAddress chat) {
        return new MediaOwner(
                chat.kind() == ChatKind.GROUP ? OwnerKind.GROUP : OwnerKind.CHAT,
                chat.id().value());
    }
}
