package io.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every lookup an endpoint makes has an index. With sequential scans priced out, a lookup without a usable index
 * still plans a Seq Scan, which this test catches; on a handful of test rows the planner would scan anyway.
 */
class QueryPlanTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from users where id = 42",
        "select * from users where username = 'alice'",
        "select * from users where email = 'alice@example.org'",
        "select * from users where username like 'ali%' or lower(name) like 'ali%' order by username limit 20",
        "select exists (select 1 from sessions where id = '7d444840-9dc0-11d1-b245-5ffdce74fad2' and revoked_at is null)",
        "update sessions set revoked_at = now() where user_id = 42 and revoked_at is null",
        "select * from refresh_tokens where digest = 'abc'",
        "update refresh_tokens set used_at = now() where digest = 'abc' and used_at is null",
        "delete from refresh_tokens where expires_at <= now()",
        "select * from sessions where revoked_at < now()"
    })
    void lookupUsesAnIndex(String query) throws SQLException {
        PersistenceContext.shared(); // migrated
        TestDatabase.Target database = TestDatabase.shared();
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
        }
        assertThat(plan.toString()).as(query).doesNotContain("Seq Scan").contains("Index");
    }
}
