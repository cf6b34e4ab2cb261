package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One member's own settings of one conversation: muted (no badge bump for new messages, unread counts still kept)
 * and archived (hidden from the default chat list until a new message of someone else brings it back, unless muted).
 */
public record ChatSettings(Mute mute, boolean archived) {
    /** A conversation as every member starts with it: not muted, not archived. */
    public static final ChatSettings DEFAULT = new ChatSettings(Mute.NONE, false);

    public ChatSettings {
        Objects.requireNonNull(mute, "mute");
    }

    /** The settings with {@code mute} instead. */
    public ChatSettings muted(Mute mute) {
        return new ChatSettings(mute, archived);
    }

    /** The settings archived or brought back. */
    public ChatSettings archived(boolean archived) {
        return new ChatSettings(mute, archived);
    }

    /**
     * The settings of {@code member} after a new message of {@code author} at {@code at}: an archived chat comes back
     * unless the member wrote it themselves or has the chat muted at that moment.
     */
    public ChatSettings afterMessage(UserId member, UserId author, Instant at) {
        if (!archived || member.equals(author) || mute.activeAt(at)) {
            return this;
        }
        return archived(false);
    }
}
