package io.parley.application.message;

/**
 * Moves the caller's own read pointer back to just before a message; read receipts already given stay. A message that
 * is unread already changes nothing.
 */
public interface MarkUnreadUseCase {
    UnreadState markUnread(MarkUnreadCommand command);
}
