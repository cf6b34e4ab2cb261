package io.parley.adapter.persistence.chat;

/** The SQL of message search (V16's indexes); public so the plan test can EXPLAIN it. */
public final class SearchSql {
    private static final String SELECT = "select c.kind, " + ChatSql.MESSAGE_COLUMNS + """

            from messages m
            join chat_members me on me.chat_id = m.chat_id and me.user_id = ?
            join chats c on c.id = m.chat_id
            join users a on a.id = m.author_id
            where m.deleted_at is null""";

    private static final String ONE_CHAT = "\n  and m.chat_id = ?";

    private static final String WORDS = "m.search_vector @@ plainto_tsquery('simple', ?)";

    private static final String SUBSTRING = "m.text ilike ? escape '\\'";

    private static final String PAGE = """

            order by m.id desc
            limit ?""";

    /**
     * Matches by words or substring. Parameters: reader, [chat,] before id, query, LIKE pattern, limit.
     *
     * @param oneChat whether a chat id follows the reader
     * @param substring whether the trigram substring match is tried too (it needs a word of 3 or more characters to
     *     use its index; shorter queries would read all of it)
     */
    public static String query(boolean oneChat, boolean substring) {
        String match = substring ? "(" + WORDS + " or " + SUBSTRING + ")" : WORDS;
        return SELECT + (oneChat ? ONE_CHAT : "") + "\n  and m.id < ?\n  and " + match + PAGE;
    }

    private SearchSql() {}
}
