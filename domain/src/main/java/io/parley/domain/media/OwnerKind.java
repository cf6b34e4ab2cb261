package io.parley.domain.media;

/** Whose media it is: a private chat's, a group's or a user's (avatars); names the top folder of the layout. */
public enum OwnerKind {
    CHAT("chats"),
    GROUP("groups"),
    USER("users");

    private final String folder;

    OwnerKind(String folder) {
        this.folder = folder;
    }

    /** The top-level folder of this owner kind in seed 000's layout. */
    public String folder() {
        return folder;
    }
}
