package io.parley.adapter.persistence.chat;

/**
 * Statements that find one message by a key name that key alone in their WHERE clause, so that only its unique index
 * can serve them. With the liveness or the chat there too, the plan PostgreSQL makes for an empty, never analysed
 * table (a new installation) and caches per prepared statement until the table is next analysed read the partial
 * index of every live message, or every message of the chat, and filtered it by the key: in the bench that made the
 * send's idempotency lookup cost 2 ms and 5,500 buffers at 300 sends/s. Liveness, the chat and a thread root's
 * openness are columns of the answer instead (QueryPlanTest).
 */
public final class MessageKeys {
    private static final String BY_KEY = "select " + ChatSql.MESSAGE_COLUMNS
            + ", m.deleted_at is null as live from messages m join users a on a.id = m.author_id where ";

    /** A message, live or not, by id. */
    public static final String BY_ID = BY_KEY + "m.id = ?";

    /** A message, live or not, by author and client id (a send's idempotency key). */
    public static final String BY_CLIENT_ID = BY_KEY + "m.author_id = ? and m.client_id = ?";

    /**
     * The next reply number of a root in a chat (parameters: chat, root, chat): counts only for a live root of that
     * chat that is no reply itself, and says whether it counted.
     */
    public static final String NEXT_THREAD_SEQ = """
            update messages set thread_last_seq = thread_last_seq
                + case when chat_id = ? and deleted_at is null and thread_root is null then 1 else 0 end
            where id = ?
            returning thread_last_seq, chat_id = ? and deleted_at is null and thread_root is null as counted""";

    /** A root's latest reply number and its chat. */
    public static final String LATEST_THREAD_SEQ = "select thread_last_seq, chat_id from messages where id = ?";

    private MessageKeys() {}
}
