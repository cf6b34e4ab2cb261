package io.parley.adapter.wire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Mute;
import java.time.Instant;

/**
 * A member's own settings of a chat on the wire: {@code muted_until} is an RFC 3339 time, {@code "forever"} or null
 * (not muted, or a mute that has run out), {@code muted} whether the mute holds now, and {@code archived}.
 */
@Serdeable
public record ChatSettingsJson(@Nullable String mutedUntil, boolean muted, boolean archived) {
    /** The word for a mute without end. */
    public static final String FOREVER = "forever";

    /** {@code settings} as they stand at {@code now}. */
    public static ChatSettingsJson of(ChatSettings settings, Instant now) {
        Mute mute = settings.mute().asOf(now);
        String until = mute.forever()
                ? FOREVER
                : mute.until() == null ? null : mute.until().toString();
        return new ChatSettingsJson(until, mute.activeAt(now), settings.archived());
    }
}
