package io.parley.application.chat;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatSettings;
import java.time.Instant;

/**
 * A member's own settings of a chat as of {@code at} (a mute that has run out shows as none), and whether they
 * changed.
 */
public record MemberChatSettings(ChatAddress chat, ChatSettings settings, Instant at, boolean changed) {}
