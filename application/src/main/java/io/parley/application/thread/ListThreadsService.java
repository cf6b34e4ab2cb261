package io.parley.application.thread;

import io.parley.application.chat.Conversations;
import io.parley.application.message.MessageViews;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ReadHorizon;
import java.util.List;

/** Lists a member's threads of one conversation with their read state; outsiders are told it does not exist. */
public final class ListThreadsService implements ListThreadsUseCase {
    private final ChatRepository chats;
    private final ThreadRepository threads;
    private final Conversations conversations;
    private final TransactionRunner transactions;

    public ListThreadsService(ChatRepository chats, ThreadRepository threads, TransactionRunner transactions) {
        this.chats = chats;
        this.threads = threads;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
    }

    @Override
    public List<ThreadItem> list(ListThreadsQuery query) {
        return transactions.inTransaction(() -> {
            Membership member = conversations.requireMember(query.chat(), query.actor());
            ReadHorizon horizon = chats.readHorizon(member.chat());
            return threads.threadsOf(member.chat(), query.actor(), query.limit(), query.offset()).stream()
                    .map(t -> new ThreadItem(
                            MessageViews.of(t.root(), member.kind(), horizon)
                                    .forViewer(query.actor().value()),
                            t.readThreadSeq(),
                            t.unreadCount()))
                    .toList();
        });
    }
}
