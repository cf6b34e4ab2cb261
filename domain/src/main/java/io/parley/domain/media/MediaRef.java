package io.parley.domain.media;

import java.util.Objects;

/**
 * Names one stored media file: whose it is, what it was uploaded as and its server-made name. The core speaks of
 * files only this way; the adapters turn it into URLs and back.
 */
public record MediaRef(MediaOwner owner, MediaKind kind, StoredName name) {
    public MediaRef {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
