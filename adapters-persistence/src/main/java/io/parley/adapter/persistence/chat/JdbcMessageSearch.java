package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.SearchHit;
import io.parley.application.port.MessageSearch;
import io.parley.domain.chat.ChatId;
import io.parley.domain.search.SearchText;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Message search in PostgreSQL: the 'simple' tsvector (GIN) for whole words, OR a trigram-indexed ILIKE for the query
 * as a substring; membership is a join on chat_members, so a removed member finds nothing more.
 */
@Singleton
public final class JdbcMessageSearch implements MessageSearch {
    private final Sql sql;
    private final MessageFileRows files;

    public JdbcMessageSearch(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
    }

    @Override
    public List<SearchHit> search(UserId reader, ChatId chat, SearchText text, Long beforeId, int limit) {
        String pattern = "%" + Sql.escapeLike(text.value()) + "%";
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        List<SearchHit> hits = chat == null
                ? sql.list(
                        SearchSql.SEARCH_ALL,
                        JdbcMessageSearch::hit,
                        reader.value(),
                        before,
                        text.value(),
                        pattern,
                        limit)
                : sql.list(
                        SearchSql.SEARCH_ONE,
                        JdbcMessageSearch::hit,
                        reader.value(),
                        chat.value(),
                        before,
                        text.value(),
                        pattern,
                        limit);
        List<AuthoredMessage> withFiles =
                files.withFiles(hits.stream().map(SearchHit::message).toList());
        return IntStream.range(0, hits.size())
                .mapToObj(i -> new SearchHit(withFiles.get(i), hits.get(i).chatKind()))
                .toList();
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        return new SearchHit(ChatRows.authoredMessage(row), ChatRows.kind(row.getString("kind")));
    }
}
