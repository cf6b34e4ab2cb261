package io.parley.domain.chat;

/** A conversation is either a private chat between two users or a group with an owner. */
public enum ChatKind {
    PRIVATE("private"),
    GROUP("group");

    private final String wireName;

    ChatKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name seed 000 uses for this kind ({@code private} or {@code group}). */
    public String wireName() {
        return wireName;
    }
}
