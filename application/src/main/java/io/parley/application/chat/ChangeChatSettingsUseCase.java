package io.parley.application.chat;

/**
 * Changes the caller's own settings of a chat they are a member of (others get the same answer as for an unknown
 * chat); the same settings again change nothing and publish nothing. Answers the settings as they now are.
 */
public interface ChangeChatSettingsUseCase {
    MemberChatSettings change(ChangeChatSettingsCommand command);
}
