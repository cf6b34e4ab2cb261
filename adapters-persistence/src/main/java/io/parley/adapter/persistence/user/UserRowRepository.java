package io.parley.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Micronaut Data access to {@code users}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRowRepository extends GenericRepository<UserRow, Long> {

    @Query("select nextval('users_id_seq')")
    long nextId();

    UserRow save(UserRow row);

    UserRow update(UserRow row);

    Optional<UserRow> findById(long id);

    Optional<UserRow> findByUsername(String username);

    Optional<UserRow> findByEmail(String email);

    @Query("""
            select * from users
            where username like :pattern or lower(name) like :pattern
            order by username
            limit :limit offset :offset""")
    List<UserRow> searchByPrefix(String pattern, int limit, long offset);
}
