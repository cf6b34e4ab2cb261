package io.parley.domain.media;

/** Where one media file lives: {@code <root>/<owner kind folder>/<owner id>/<folder>/<stored name>}. */
public record MediaLocation(MediaOwner owner, MediaFolder folder, StoredName name) {

    /** The location's path below the media root, with {@code /} between segments. */
    public String relativePath() {
        return owner.kind().folder() + "/" + owner.id() + "/" + folder.path() + "/" + name.value();
    }
}
