package io.parley.application.call;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/**
 * A session sends {@code offer}, {@code answer} or {@code ice} ({@code payload}, JSON) to another session; a null
 * {@code toSession} (seed 000's frames name no target) means every other session of the call.
 */
public record RelayCallSignalCommand(
        UserId actor, ChatAddress chat, String type, String fromSession, String toSession, String payload) {}
