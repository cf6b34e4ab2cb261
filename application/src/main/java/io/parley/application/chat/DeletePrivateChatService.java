package io.parley.application.chat;

import io.parley.application.event.ChatDeleted;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.util.List;

/** Either member may delete a private chat; it goes for both, messages included. */
public final class DeletePrivateChatService implements DeletePrivateChatUseCase {
    private final ChatRepository chats;
    private final Conversations conversations;
    private final TransactionRunner transactions;
    private final EventPublisher events;

    public DeletePrivateChatService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.chats = chats;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void delete(DeletePrivateChatCommand command) {
        ChatAddress address = new ChatAddress(ChatKind.PRIVATE, command.chat());
        List<UserId> audience = transactions.inTransaction(() -> {
            conversations.requireMember(address, command.actor());
            List<UserId> members = chats.memberIds(command.chat());
            chats.delete(command.chat());
            return members;
        });
        events.publish(new ChatDeleted(command.chat(), ChatKind.PRIVATE, audience));
    }
}
