package io.parley.application.chat;

/** Lists a user's private chats and groups, most recent activity first, a page at a time. */
public interface ListChatsUseCase {
    /** The page the query asks for, and where the next one starts if more chats follow. */
    ChatListPage list(ListChatsQuery query);
}
