package io.parley.application.search;

import io.parley.application.Paging;
import io.parley.application.chat.Conversations;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MessageView;
import io.parley.application.model.SearchHit;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageSearch;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.search.Highlights;
import io.parley.domain.search.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searches the reader's conversations (membership checked in the same transaction) and marks what matched. */
public final class SearchMessagesService implements SearchMessagesUseCase {
    private final ChatRepository chats;
    private final MessageSearch index;
    private final TransactionRunner transactions;
    private final Conversations conversations;
    private final SearchLimits limits;

    public SearchMessagesService(
            ChatRepository chats, MessageSearch index, TransactionRunner transactions, SearchLimits limits) {
        this.chats = chats;
        this.index = index;
        this.transactions = transactions;
        this.conversations = new Conversations(chats);
        this.limits = limits;
    }

    @Override
    public SearchResults search(SearchMessagesQuery query) {
        SearchText text = SearchText.of(query.text(), limits.maxQueryLength());
        int limit = query.limit() != null ? query.limit() : limits.defaultPageSize();
        Paging.check(limit, limits.maxPageSize(), 0);
        if (query.beforeId() != null && query.beforeId() < 1) {
            throw DomainException.invalid("request.invalid_cursor", "cursor must be a next_cursor of an earlier page");
        }
        return transactions.inTransaction(() -> {
            ChatId chat = query.chat() == null
                    ? null
                    : conversations.requireMember(query.chat(), query.actor()).chat();
            List<SearchHit> hits = index.search(query.actor(), chat, text, query.beforeId(), limit + 1);
            boolean more = hits.size() > limit;
            List<SearchHit> page = more ? hits.subList(0, limit) : hits;
            Map<ChatId, ReadHorizon> horizons = new HashMap<>();
            List<FoundMessage> found = page.stream()
                    .map(hit -> found(
                            hit,
                            text,
                            horizons.computeIfAbsent(hit.message().message().chat(), chats::readHorizon)))
                    .toList();
            Long next =
                    more ? page.get(page.size() - 1).message().message().id().value() : null;
            return new SearchResults(found, next);
        });
    }

    private static FoundMessage found(SearchHit hit, SearchText text, ReadHorizon horizon) {
        AuthoredMessage authored = hit.message();
        MessageView view = MessageView.of(
                authored.message(),
                authored.authorName(),
                hit.chatKind(),
                horizon.readByEveryoneElse(
                        authored.message().author(), authored.message().seq()),
                authored.files());
        return new FoundMessage(view, Highlights.in(view.text(), text));
    }
}
