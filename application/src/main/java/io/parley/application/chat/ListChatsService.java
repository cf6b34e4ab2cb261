package io.parley.application.chat;

import io.parley.application.model.ChatListItem;
import io.parley.application.port.ChatRepository;
import java.util.List;

/** Reads the chat list with each chat's newest message and the caller's unread count. */
public final class ListChatsService implements ListChatsUseCase {
    private final ChatRepository chats;

    public ListChatsService(ChatRepository chats) {
        this.chats = chats;
    }

    @Override
    public List<ChatListItem> list(ListChatsQuery query) {
        return chats.listFor(query.actor(), query.nameContains(), query.limit(), query.offset());
    }
}
