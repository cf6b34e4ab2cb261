package io.parley.application.media;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;

/** The media owner of a conversation. */
public final class MediaOwners {
    private MediaOwners() {
    }

    /** A private chat's files live under {@code chats/<id>}, a group's under {@code groups/<id>}. */
    public static MediaOwner of(ChatAddress chat) {
        return new MediaOwner(chat.kind() == ChatKind.GROUP ? OwnerKind.GROUP : OwnerKind.CHAT, chat.id().value());
    }
}
