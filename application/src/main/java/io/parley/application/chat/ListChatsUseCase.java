package io.parley.application.chat;

import java.util.List;
import io.parley.application.model.ChatListItem;

/** Lists a user's private chats and groups, most recent activity first. */
public interface ListChatsUseCase {
    List<ChatListItem> list(ListChatsQuery query);
}
