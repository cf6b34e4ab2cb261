package io.parley.application.chat;

import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.presence.AuthorPresence;
import java.util.List;

/** Reads a page of the chat list with each chat's newest message and the caller's unread count. */
public final class ListChatsService implements ListChatsUseCase {
    private final ChatRepository chats;
    private final AuthorPresence presence;

    public ListChatsService(ChatRepository chats, PresenceTracker presence) {
        this.chats = chats;
        this.presence = new AuthorPresence(presence);
    }

    @Override
    public ChatListPage list(ListChatsQuery query) {
        // one more than asked tells whether another page follows without counting the whole list
        List<ChatListItem> found = chats.listFor(
                query.actor(),
                query.nameContains(),
                query.archived(),
                query.after(),
                query.limit() + 1,
                query.offset());
        if (found.size() <= query.limit()) {
            return new ChatListPage(presence.markLastMessages(found), null);
        }
        List<ChatListItem> page = presence.markLastMessages(found.subList(0, query.limit()));
        return new ChatListPage(page, ChatListPosition.after(page.get(page.size() - 1)));
    }
}
