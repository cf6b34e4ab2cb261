package io.parley.application.chat;

import io.parley.application.message.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.domain.user.UserId;
import java.util.Comparator;
import java.util.List;

/** Reads the chat list, the newest unread messages and the online contacts for a connecting main socket. */
public final class OpenInboxService implements OpenInboxUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final PresenceTracker presence;

    public OpenInboxService(ChatRepository chats, MessageRepository messages, PresenceTracker presence) {
        this.chats = chats;
        this.messages = messages;
        this.presence = presence;
    }

    @Override
    public Inbox open(OpenInboxQuery query) {
        List<ChatListItem> list = chats.listFor(query.actor(), "", Inbox.MAX_CHATS, 0);
        // the reader has not read these, so none of them is read by everyone
        List<MessageView> unread = messages.newestUnread(query.actor(), Inbox.MAX_UNREAD).stream()
                .map(u -> MessageView.of(u.message().message(), u.message().authorName(), u.kind(), false))
                .sorted(Comparator.comparing(MessageView::sentAt).thenComparingLong(MessageView::id))
                .toList();
        List<UserId> online = presence.onlineAmong(chats.contactsOf(query.actor())).stream()
                .sorted(Comparator.comparingLong(UserId::value)).toList();
        return new Inbox(list, unread, online);
    }
}
