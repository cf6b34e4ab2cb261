package io.parley.application.chat;

import io.parley.application.model.ChatListItem;
import java.util.List;

/** Lists a user's private chats and groups, most recent activity first. */
public interface ListChatsUseCase {
    List<ChatListItem> list(ListChatsQuery query);
}
