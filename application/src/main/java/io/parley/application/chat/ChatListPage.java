package io.parley.application.chat;

import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import java.util.List;

/** One page of a chat list; {@code next} is where the following page starts, null when there are no more chats. */
public record ChatListPage(List<ChatListItem> rooms, ChatListPosition next) {
    public ChatListPage {
        rooms = List.copyOf(rooms);
    }

    /** True if chats follow this page. */
    public boolean hasMore() {
        return next != null;
    }
}
