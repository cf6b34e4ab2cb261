package io.parley.application.chat;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;

/** Shows a private chat to its members; everyone else is told it does not exist. */
public final class GetPrivateChatService implements GetPrivateChatUseCase {
    private final ChatRepository chats;
    private final Conversations conversations;
    private final TransactionRunner transactions;

    public GetPrivateChatService(ChatRepository chats, TransactionRunner transactions) {
        this.chats = chats;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
    }

    @Override
    public PrivateChatView get(GetPrivateChatQuery query) {
        ChatAddress address = new ChatAddress(ChatKind.PRIVATE, query.chat());
        return transactions.inTransaction(() -> {
            conversations.requireMember(address, query.actor());
            return PrivateChatViews.of(
                    chats.findPrivate(query.chat()).orElseThrow(address::notFound), query.actor(), chats, false);
        });
    }
}
