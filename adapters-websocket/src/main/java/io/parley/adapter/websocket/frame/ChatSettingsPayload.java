package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.ChatSettingsJson;
import io.parley.application.event.ChatSettingsChanged;
import java.time.Instant;

/**
 * The socket's own user changed their settings of a chat (or a new message brought an archived chat back:
 * {@code by_message}): the settings as they now are ({@link ChatSettingsJson}).
 */
@Serdeable
public record ChatSettingsPayload(
        String type,
        long chatId,
        String chatType,
        @Nullable String mutedUntil,
        boolean muted,
        boolean archived,
        boolean byMessage,
        Instant time) {
    public static ChatSettingsPayload of(ChatSettingsChanged event, Instant now) {
        ChatSettingsJson json = ChatSettingsJson.of(event.settings(), now);
        return new ChatSettingsPayload(
                "chat_settings",
                event.chat().value(),
                event.kind().wireName(),
                json.mutedUntil(),
                json.muted(),
                json.archived(),
                event.byMessage(),
                event.at());
    }
}
