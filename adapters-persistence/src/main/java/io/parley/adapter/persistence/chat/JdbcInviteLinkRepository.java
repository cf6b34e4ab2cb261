package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.port.InviteLinkRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.InviteLink;
import io.parley.domain.chat.InviteToken;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Invite links in PostgreSQL ({@code invite_links}, V18). */
@Singleton
public final class JdbcInviteLinkRepository implements InviteLinkRepository {
    private static final String COLUMNS =
            "select id, token, chat_id, created_by, created_at, expires_at, max_uses, uses, revoked_at from invite_links";

    private final Sql sql;

    public JdbcInviteLinkRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long nextId() {
        return sql.number("select nextval('invite_links_id_seq')");
    }

    @Override
    public void add(InviteLink link) {
        sql.update(
                """
                insert into invite_links (id, token, chat_id, created_by, created_at, expires_at, max_uses, uses)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                link.id(),
                link.token().value(),
                link.group().value(),
                link.createdBy().value(),
                link.createdAt(),
                link.expiresAt(),
                link.maxUses(),
                link.uses());
    }

    @Override
    public Optional<InviteLink> findForUpdate(InviteToken token) {
        return sql.one(COLUMNS + " where token = ? for update", JdbcInviteLinkRepository::link, token.value());
    }

    @Override
    public void update(InviteLink link) {
        sql.update(
                "update invite_links set uses = ?, revoked_at = ? where id = ?",
                link.uses(),
                link.revokedAt(),
                link.id());
    }

    @Override
    public List<InviteLink> ofGroup(ChatId group) {
        return sql.list(COLUMNS + " where chat_id = ? order by id desc", JdbcInviteLinkRepository::link, group.value());
    }

    private static InviteLink link(ResultSet row) throws SQLException {
        int maxUses = row.getInt("max_uses");
        Integer limit = row.wasNull() ? null : maxUses;
        return new InviteLink(
                row.getLong("id"),
                new InviteToken(row.getString("token")),
                ChatId.of(row.getLong("chat_id")),
                UserId.of(row.getLong("created_by")),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "expires_at"),
                limit,
                row.getInt("uses"),
                Sql.instant(row, "revoked_at"));
    }
}
