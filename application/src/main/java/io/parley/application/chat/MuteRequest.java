package io.parley.application.chat;

import java.time.Instant;

/** What a member asks of a chat's mute: until an instant, forever, or (neither) unmuted. */
public record MuteRequest(Instant until, boolean forever) {
    /** Unmute. */
    public static final MuteRequest UNMUTE = new MuteRequest(null, false);

    public MuteRequest {
        if (forever && until != null) {
            throw new IllegalArgumentException("a mute is either forever or until an instant");
        }
    }
}
