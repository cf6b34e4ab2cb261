package io.parley.adapter.persistence.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Micronaut Data access to {@code refresh_tokens}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRowRepository extends GenericRepository<RefreshTokenRow, String> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findById(String digest);

    @Query("update refresh_tokens set used_at = :now where digest = :digest and used_at is null")
    int markUsed(String digest, Instant now);

    @Query("delete from refresh_tokens where expires_at <= :now")
    int deleteExpired(Instant now);
}
