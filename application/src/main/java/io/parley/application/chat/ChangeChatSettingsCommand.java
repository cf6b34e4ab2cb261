package io.parley.application.chat;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/**
 * A member changes their own settings of a chat: the mute ({@code mute}, kept when null) and whether it is archived
 * ({@code archived}, kept when null); at least one of them.
 */
public record ChangeChatSettingsCommand(UserId actor, ChatAddress chat, MuteRequest mute, Boolean archived) {
    public ChangeChatSettingsCommand {
        if (mute == null && archived == null) {
            throw DomainException.invalid(
                    "chat_settings.empty", "name muted_until or archived (or both) to change the chat's settings");
        }
    }
}
