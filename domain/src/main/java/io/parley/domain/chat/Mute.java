package io.parley.domain.chat;

import io.parley.domain.DomainException;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a member has muted a conversation: not at all ({@link #NONE}), until an instant, or forever. A mute whose
 * instant has passed is over: {@link #activeAt} says so, and it is shown as not muted.
 */
public record Mute(Instant until, boolean forever) {
    /** Not muted. */
    public static final Mute NONE = new Mute(null, false);

    public Mute {
        if (forever && until != null) {
            throw new IllegalArgumentException("a mute is either forever or until an instant");
        }
    }

    /** Muted for good, until unmuted. */
    public static Mute indefinitely() {
        return new Mute(null, true);
    }

    /** Muted until {@code until}, which must lie after {@code now}; a past instant is refused as invalid. */
    public static Mute until(Instant until, Instant now) {
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(now)) {
            throw DomainException.invalid(
                    "chat_settings.mute_in_past", "muted_until must lie in the future (or be \"forever\" or null)");
        }
        return new Mute(until, false);
    }

    /** As stored, without checks against the clock (a stored mute may have run out since). */
    public static Mute rehydrate(Instant until, boolean forever) {
        return forever ? indefinitely() : until == null ? NONE : new Mute(until, false);
    }

    /** True while the mute holds at {@code now}. */
    public boolean activeAt(Instant now) {
        return forever || (until != null && until.isAfter(now));
    }

    /** This mute as seen at {@code now}: {@link #NONE} once it has run out. */
    public Mute asOf(Instant now) {
        return activeAt(now) ? this : NONE;
    }
}
