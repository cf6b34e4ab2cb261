package io.parley.adapter.persistence.chat;

/** The SQL of message search (V16's indexes); public so the plan test can EXPLAIN it. */
public final class SearchSql {
    private static final String SELECT = "select c.kind, " + ChatSql.MESSAGE_COLUMNS + """

            from messages m
            join chat_members me on me.chat_id = m.chat_id and me.user_id = ?
            join chats c on c.id = m.chat_id
            join users a on a.id = m.author_id
            where m.deleted_at is null""";

    private static final String MATCH_AND_PAGE = """

              and m.id < ?
              and (m.search_vector @@ plainto_tsquery('simple', ?) or m.text ilike ? escape '\\')
            order by m.id desc
            limit ?""";

    /** Matches in all of a reader's chats. Parameters: reader, before id, query, LIKE pattern, limit. */
    public static final String SEARCH_ALL = SELECT + MATCH_AND_PAGE;

    /** Matches in one chat of the reader. Parameters: reader, chat, before id, query, LIKE pattern, limit. */
    public static final String SEARCH_ONE = SELECT + "\n  and m.chat_id = ?" + MATCH_AND_PAGE;

    private SearchSql() {}
}
