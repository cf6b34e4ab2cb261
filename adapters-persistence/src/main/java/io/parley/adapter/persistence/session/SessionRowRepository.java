package io.parley.adapter.persistence.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Micronaut Data access to {@code sessions}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SessionRowRepository extends GenericRepository<SessionRow, UUID> {

    SessionRow save(SessionRow row);

    boolean existsByIdAndUserIdAndRevokedAtIsNull(UUID id, long userId);

    @Query("update sessions set revoked_at = :now where id = :id and revoked_at is null")
    int revoke(UUID id, Instant now);

    @Query("""
            select * from sessions where user_id = :userId and revoked_at is null
            order by created_at desc, id desc offset :keep""")
    List<SessionRow> findOpenBeyondNewest(long userId, int keep);

    @Query("update sessions set revoked_at = :now where user_id = :userId and revoked_at is null")
    int revokeAllOfUser(long userId, Instant now);

    @Query("update sessions set revoked_at = :now where user_id = :userId and id <> :keep and revoked_at is null")
    int revokeAllOfUserExcept(long userId, UUID keep, Instant now);

    @Query("""
            delete from sessions s
            where s.revoked_at < :revokedBefore
               or not exists (select 1 from refresh_tokens t where t.session_id = s.id)""")
    int deleteDead(Instant revokedBefore);
}
