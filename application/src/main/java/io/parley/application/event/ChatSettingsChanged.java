package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Mute;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A member's own settings of a conversation changed, by them or by a new message that brought an archived chat back
 * ({@code byMessage}): muted until {@code mutedUntil} or forever ({@code mutedForever}), archived or not. Only their
 * own sockets hear of it ({@code audience} is the member alone).
 */
public record ChatSettingsChanged(
        ChatId chat,
        ChatKind kind,
        UserId member,
        Instant mutedUntil,
        boolean mutedForever,
        boolean archived,
        boolean byMessage,
        Instant at,
        List<UserId> audience)
        implements ChatEvent {
    public ChatSettingsChanged {
        audience = List.copyOf(audience);
    }

    /** The event of {@code member}'s new {@code settings}, heard by their own sockets only. */
    public static ChatSettingsChanged of(
            ChatId chat, ChatKind kind, UserId member, ChatSettings settings, boolean byMessage, Instant at) {
        Mute mute = settings.mute();
        return new ChatSettingsChanged(
                chat, kind, member, mute.until(), mute.forever(), settings.archived(), byMessage, at, List.of(member));
    }

    /** The settings this event carries. */
    public ChatSettings settings() {
        return new ChatSettings(Mute.rehydrate(mutedUntil, mutedForever), archived);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.chatSettingsChanged(this);
    }
}
