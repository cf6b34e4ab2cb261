package io.parley.application.media;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.media.MediaKind;
import io.parley.domain.user.UserId;

/**
 * A member asks for a file of a conversation by its kind and stored name (both from the URL), or for its preview
 * ({@code thumbnail}; a file without one is served as it is).
 */
public record OpenMediaQuery(UserId actor, ChatAddress chat, MediaKind kind, String name, boolean thumbnail) {

    /** The file itself. */
    public OpenMediaQuery(UserId actor, ChatAddress chat, MediaKind kind, String name) {
        this(actor, chat, kind, name, false);
    }
}
