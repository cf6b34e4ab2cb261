package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.SearchHit;
import io.parley.application.port.MessageSearch;
import io.parley.domain.Text;
import io.parley.domain.chat.ChatId;
import io.parley.domain.search.SearchText;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Message search in PostgreSQL: the 'simple' tsvector (GIN) for whole words, OR a trigram-indexed ILIKE for the query
 * as a substring when one of its words has three or more characters; membership is a join on chat_members, so a removed member finds nothing more.
 */
@Singleton
public final class JdbcMessageSearch implements MessageSearch {
    /** pg_trgm indexes runs of three characters: a shorter query has nothing to look up. */
    private static final int TRIGRAM = 3;

    private final Sql sql;
    private final MessageFileRows files;

    public JdbcMessageSearch(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
    }

    @Override
    public List<SearchHit> search(UserId reader, ChatId chat, SearchText text, Long beforeId, int limit) {
        boolean substring = text.words().stream().anyMatch(w -> Text.length(w) >= TRIGRAM);
        List<Object> parameters = new ArrayList<>();
        parameters.add(reader.value());
        if (chat != null) {
            parameters.add(chat.value());
        }
        parameters.add(beforeId == null ? Long.MAX_VALUE : beforeId);
        parameters.add(text.value());
        if (substring) {
            parameters.add("%" + Sql.escapeLike(text.value()) + "%");
        }
        parameters.add(limit);
        List<SearchHit> hits =
                sql.list(SearchSql.query(chat != null, substring), JdbcMessageSearch::hit, parameters.toArray());
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
