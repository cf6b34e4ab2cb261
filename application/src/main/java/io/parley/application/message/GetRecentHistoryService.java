package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatPosition;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ReadHorizon;
import java.util.List;

/**
 * Reads the position first and the page after it: a message that commits in between is left out of the page (it
 * arrives live, after the cursor), so the two never overlap and nothing falls between them.
 */
public final class GetRecentHistoryService implements GetRecentHistoryUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final Conversations conversations;
    private final TransactionRunner transactions;
    private final AuthorPresence presence;

    public GetRecentHistoryService(
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
    public RecentHistory recent(RecentHistoryQuery query) {
        RecentHistory recent = transactions.inTransaction(() -> {
            Membership member = conversations.requireMember(query.chat(), query.actor());
            ChatPosition position = chats.position(member.chat());
            List<AuthoredMessage> rows =
                    messages.page(member.chat(), new HistoryPage(query.limit(), query.offset(), null, null));
            boolean hasMore = rows.size() > query.limit();
            List<AuthoredMessage> page = hasMore ? rows.subList(1, rows.size()) : rows;
            ReadHorizon horizon = chats.readHorizon(member.chat());
            List<MessageView> views = page.stream()
                    .filter(m -> m.message().seq() <= position.lastSeq())
                    .map(m -> MessageViews.of(m, member.kind(), horizon)
                            .forViewer(query.actor().value()))
                    .toList();
            return new RecentHistory(views, hasMore, position.cursor());
        });
        return new RecentHistory(presence.mark(recent.messages()), recent.hasMore(), recent.cursor());
    }
}
