package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ReadHorizon;
import java.util.List;

/** Shows members a page of history with read flags; outsiders are told the conversation does not exist. */
public final class ListMessagesService implements ListMessagesUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final Conversations conversations;
    private final TransactionRunner transactions;
    private final AuthorPresence presence;

    public ListMessagesService(
            ChatRepository chats,
            MessageRepository messages,
            TransactionRunner transactions,
            PresenceTracker presence) {
        this.chats = chats;
        this.messages = messages;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
        this.presence = new AuthorPresence(presence);
    }

    @Override
    public MessageHistory list(ListMessagesQuery query) {
        MessageHistory history = transactions.inTransaction(() -> {
            Membership reader = conversations.requireMember(query.chat(), query.actor());
            List<AuthoredMessage> rows = messages.page(reader.chat(), query.page());
            boolean hasMore = rows.size() > query.page().limit();
            List<AuthoredMessage> page = !hasMore
                    ? rows
                    : query.page().forwards() ? rows.subList(0, rows.size() - 1) : rows.subList(1, rows.size());
            ReadHorizon horizon = chats.readHorizon(reader.chat());
            return new MessageHistory(
                    page.stream()
                            .map(m -> MessageViews.of(m, reader.kind(), horizon)
                                    .forViewer(query.actor().value()))
                            .toList(),
                    hasMore);
        });
        return new MessageHistory(presence.mark(history.messages()), history.hasMore());
    }
}
