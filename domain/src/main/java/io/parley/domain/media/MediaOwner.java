package io.parley.domain.media;

import io.parley.domain.DomainException;

/** The chat, group or user that media belongs to. */
public record MediaOwner(OwnerKind kind, long id) {
    public MediaOwner {
        if (kind == null || id <= 0) {
            throw DomainException.invalid("media.invalid_owner", "media belongs to a chat, group or user id > 0");
        }
    }
}
