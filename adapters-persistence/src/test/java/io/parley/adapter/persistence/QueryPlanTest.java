package io.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.chat.ChatSql;
import io.parley.adapter.persistence.chat.MessageKeys;
import io.parley.adapter.persistence.chat.SearchSql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every lookup an endpoint makes has an index. With sequential scans priced out, a lookup without a usable index
 * still plans a Seq Scan, which this test catches; on a handful of test rows the planner would scan anyway.
 */
class QueryPlanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from users where id = 42",
                "select * from users where username = 'alice'",
                "select * from users where email = 'alice@example.org'",
                "select * from users where username like 'ali%' or lower(name) like 'ali%' order by username limit 20",
                "select exists (select 1 from sessions where id = '7d444840-9dc0-11d1-b245-5ffdce74fad2' and revoked_at is null)",
                "update sessions set revoked_at = now() where user_id = 42 and revoked_at is null",
                "select * from refresh_tokens where digest = 'abc'",
                "update refresh_tokens set used_at = now() where digest = 'abc' and used_at is null",
                "delete from refresh_tokens where expires_at <= now()",
                "select * from sessions where revoked_at < now()",
                // conversations
                "select id, pair_low, pair_high, created_at from chats where kind = 'private' and pair_low = 1 and pair_high = 2",
                "select m.role from chat_members m join chats c on c.id = m.chat_id where m.chat_id = 7 and m.user_id = 1 and c.kind = 'group'",
                "select user_id, read_seq from chat_members where chat_id = 7 order by read_seq limit 2",
                "select user_id, role, joined_at from chat_members where chat_id = 7",
                "update chats set last_seq = last_seq + 1 where id = 7 returning last_seq",
                // messages: history by offset and by cursor, idempotency key, unread count
                "select * from messages m where m.deleted_at is null and m.chat_id = 7 and m.seq < 9223372036854775807 order by m.seq desc limit 51 offset 100",
                "select * from messages m where m.deleted_at is null and m.chat_id = 7 and m.seq > 10 and m.seq < 500 order by m.seq limit 51",
                "select * from messages m where m.deleted_at is null and m.author_id = 1 and m.client_id = 'k'",
                "select 1 from messages where author_id = 1 and client_id = 'k'",
                "select count(*) from messages u where u.chat_id = 7 and u.deleted_at is null and u.seq > 3 and u.author_id <> 1",
                // real time: cursors, catching up, read receipts, inbox, contacts, presence
                "update chats set last_change = last_change + 1 where id = 7 returning last_change",
                "select last_seq, last_change from chats where id = 7",
                "select read_seq from chat_members where chat_id = 7 and user_id = 1 for update",
                "select chat_id from chat_members where user_id = 1 order by chat_id",
                "select 1 from chat_members a join chat_members b on b.chat_id = a.chat_id where a.user_id = 1 and b.user_id = 2 limit 1",
                "select id, last_seen_at from users where id = any('{1,2}'::bigint[]) and last_seen_at is not null"
            })
    void lookupUsesAnIndex(String query) throws SQLException {
        assertUsesIndexes(query);
    }

    @Test
    void theChatListUsesIndexesOnly() throws SQLException {
        assertUsesIndexes(ChatSql.CHAT_LIST
                .replaceFirst("\\?", "1")
                .replaceFirst("\\?", "'ab'")
                .replaceFirst("\\?", "'%ab%'")
                .replaceFirst("\\?", "false")
                .replaceFirst("\\?", "false")
                .replaceFirst("\\?", "timestamptz '2025-11-21T11:38:08Z'")
                .replaceFirst("\\?", "42")
                .replaceFirst("\\?", "50")
                .replaceFirst("\\?", "0"));
    }

    @Test
    void catchingUpReadsReceiptsInboxAndContactsUseIndexes() throws SQLException {
        assertUsesIndexes(ChatSql.CHANGED_SINCE
                .replaceFirst("\\?", "7")
                .replaceFirst("\\?", "10")
                .replaceFirst("\\?", "1001"));
        assertUsesIndexes(ChatSql.LATEST_PER_AUTHOR
                .replaceFirst("\\?", "7")
                .replaceFirst("\\?", "10")
                .replaceFirst("\\?", "20"));
        assertUsesIndexes(ChatSql.NEWEST_UNREAD
                .replaceFirst("\\?", "100")
                .replaceFirst("\\?", "1")
                .replaceFirst("\\?", "100"));
        assertUsesIndexes(ChatSql.CONTACTS.replaceFirst("\\?", "1").replaceFirst("\\?", "1"));
    }

    @Test
    void messageSearchUsesIndexes() throws SQLException {
        for (boolean oneChat : new boolean[] {false, true}) {
            assertUsesIndexes(fill(SearchSql.query(oneChat, true), oneChat, "'lunch'", "'%lunch%'", "21"));
            assertUsesIndexes(fill(SearchSql.query(oneChat, false), oneChat, "'ok'", "21"));
        }
    }

    /**
     * The send path's lookups by key reach the row through the key's index also in the plan PostgreSQL makes for a
     * never analysed, empty table (a new installation, the bench's fresh database) and caches for the prepared
     * statement until the table is next analysed. Such a plan once read the partial index of every live message per
     * send and filtered it by id (2 ms and 5,500 buffers a send at 300 sends/s): no parameter may end up in a Filter.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                MessageKeys.BY_ID,
                MessageKeys.BY_CLIENT_ID,
                MessageKeys.NEXT_THREAD_SEQ,
                MessageKeys.LATEST_THREAD_SEQ
            })
    void keyLookupsUseTheirKeyInAPlanMadeForAnEmptyTable(String query) throws SQLException {
        List<String> setUp = new ArrayList<>();
        // temporary copies (indexes included) shadow the tables: empty, and never analysed by autovacuum
        for (String table : List.of("messages", "users")) {
            setUp.add("create temporary table " + table + " (like public." + table + " including all) on commit drop");
        }
        setUp.add("set local plan_cache_mode = force_generic_plan");
        int parameters = 0;
        StringBuilder numbered = new StringBuilder();
        for (char c : query.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameters : String.valueOf(c));
        }
        setUp.add("prepare lookup as " + numbered);
        String plan = plan(setUp, "execute lookup(" + String.join(", ", Collections.nCopies(parameters, "'1'")) + ")");
        assertThat(plan.lines().filter(line -> line.contains("Filter:") && line.contains("$")))
                .as(query + "\n" + plan)
                .isEmpty();
    }

    private static String fill(String query, boolean oneChat, String... rest) {
        String filled = query.replaceFirst("\\?", "1");
        if (oneChat) {
            filled = filled.replaceFirst("\\?", "7");
        }
        filled = filled.replaceFirst("\\?", "9223372036854775807");
        for (String value : rest) {
            filled = filled.replaceFirst("\\?", value);
        }
        return filled;
    }

    private static void assertUsesIndexes(String query) throws SQLException {
        assertThat(plan(List.of("set local enable_seqscan = off"), query))
                .as(query)
                .doesNotContain("Seq Scan")
                .contains("Index");
    }

    /** The plan of {@code query} after {@code setUp}, in a transaction that is rolled back. */
    private static String plan(List<String> setUp, String query) throws SQLException {
        PersistenceContext.shared(); // migrated
        TestDatabase.Target database = TestDatabase.shared();
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String step : setUp) {
                statement.execute(step);
            }
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
        }
        return plan.toString();
    }
}
