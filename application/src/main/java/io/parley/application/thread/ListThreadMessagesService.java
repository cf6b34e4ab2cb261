package io.parley.application.thread;

import io.parley.application.message.MessageHistory;
import io.parley.application.message.MessageViews;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.message.ReadHorizon;
import java.util.List;

/** Pages a thread's replies with the paging of chat history ({@code thread_seq} for {@code seq}), members only. */
public final class ListThreadMessagesService implements ListThreadMessagesUseCase {
    private final ChatRepository chats;
    private final ThreadRepository threads;
    private final ThreadRoots roots;
    private final TransactionRunner transactions;
    private final AuthorPresence presence;

    public ListThreadMessagesService(
            ChatRepository chats,
            MessageRepository messages,
            ThreadRepository threads,
            TransactionRunner transactions,
            PresenceTracker presence) {
        this.chats = chats;
        this.threads = threads;
        this.roots = new ThreadRoots(chats, messages);
        this.transactions = transactions;
        this.presence = new AuthorPresence(presence);
    }

    @Override
    public MessageHistory list(ListThreadMessagesQuery query) {
        MessageHistory history = transactions.inTransaction(() -> {
            ThreadRoots.Found found = roots.require(query.chat(), query.actor(), query.root());
            List<AuthoredMessage> rows = threads.page(found.member().chat(), query.root(), query.page());
            boolean hasMore = rows.size() > query.page().limit();
            List<AuthoredMessage> page = !hasMore
                    ? rows
                    : query.page().forwards() ? rows.subList(0, rows.size() - 1) : rows.subList(1, rows.size());
            ReadHorizon horizon = chats.readHorizon(found.member().chat());
            return new MessageHistory(
                    page.stream()
                            .map(m -> MessageViews.of(m, found.member().kind(), horizon)
                                    .forViewer(query.actor().value()))
                            .toList(),
                    hasMore);
        });
        return new MessageHistory(presence.mark(history.messages()), history.hasMore());
    }
}
