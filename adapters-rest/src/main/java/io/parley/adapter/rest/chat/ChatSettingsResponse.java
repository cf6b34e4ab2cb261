package io.parley.adapter.rest.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.ChatSettingsJson;
import io.parley.application.chat.MemberChatSettings;

/** The caller's own settings of a chat after a change ({@link ChatSettingsJson}). */
@Serdeable
public record ChatSettingsResponse(
        long chatId, String chatType, @Nullable String mutedUntil, boolean muted, boolean archived) {
    public static ChatSettingsResponse of(MemberChatSettings settings) {
        ChatSettingsJson json = ChatSettingsJson.of(settings.settings(), settings.at());
        return new ChatSettingsResponse(
                settings.chat().id().value(),
                settings.chat().kind().wireName(),
                json.mutedUntil(),
                json.muted(),
                json.archived());
    }
}
