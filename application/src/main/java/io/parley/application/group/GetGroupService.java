package io.parley.application.group;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;

/** Shows a group to its members; everyone else is told it does not exist. */
public final class GetGroupService implements GetGroupUseCase {
    private final ChatRepository chats;
    private final Conversations conversations;
    private final TransactionRunner transactions;

    public GetGroupService(ChatRepository chats, TransactionRunner transactions) {
        this.chats = chats;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
    }

    @Override
    public GroupDetails get(GetGroupQuery query) {
        ChatAddress address = new ChatAddress(ChatKind.GROUP, query.group());
        return transactions.inTransaction(() -> {
            conversations.requireMember(address, query.actor());
            return chats.findGroup(query.group())
                    .map(group -> new GroupDetails(GroupViews.of(group), chats.participants(query.group())))
                    .orElseThrow(address::notFound);
        });
    }
}
