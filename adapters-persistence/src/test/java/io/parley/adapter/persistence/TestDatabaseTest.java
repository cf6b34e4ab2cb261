package io.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {
    @Test
    void swapsTheDatabaseNameAndKeepsHostAndParameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://h:1/db?ssl=false", "t1"))
                .isEqualTo("jdbc:postgresql://h:1/t1?ssl=false");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://h:1?ssl=false", "t1"))
                .isEqualTo("jdbc:postgresql://h:1/t1?ssl=false");
    }
}
