package io.parley.application.chat;

import io.parley.application.model.ChatListItem;
import io.parley.application.model.MessageView;
import io.parley.application.model.OngoingCall;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * A user's conversations (newest activity first, each with its last message, unread count and change cursor), their
 * newest unread messages (oldest first), which of their contacts are online, and the calls going on in their
 * conversations.
 */
public record Inbox(
        List<ChatListItem> chats, List<MessageView> unread, List<UserId> onlineContacts, List<OngoingCall> calls) {
    /** How many conversations the inbox lists at most. */
    public static final int MAX_CHATS = 10_000;
    /** How many unread messages the inbox carries at most (seed 003). */
    public static final int MAX_UNREAD = 100;

    public Inbox {
        chats = List.copyOf(chats);
        unread = List.copyOf(unread);
        onlineContacts = List.copyOf(onlineContacts);
        calls = List.copyOf(calls);
    }
}
