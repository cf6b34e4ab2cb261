package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.port.ReactionRepository;
import io.parley.domain.message.MessageId;
import io.parley.domain.reaction.Emoji;
import io.parley.domain.reaction.MessageReactions;
import io.parley.domain.reaction.Reaction;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;

/** Reactions in PostgreSQL, one row per (message, user, emoji). */
@Singleton
public final class JdbcReactionRepository implements ReactionRepository {
    private final Sql sql;

    public JdbcReactionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public MessageReactions of(MessageId message) {
        return MessageReactions.rehydrate(
                message,
                sql.list(
                        """
                        select user_id, emoji, reacted_at from message_reactions
                        where message_id = ? order by reacted_at, user_id""",
                        row -> new Reaction(
                                UserId.of(row.getLong("user_id")),
                                new Emoji(row.getString("emoji")),
                                Sql.instant(row, "reacted_at")),
                        message.value()));
    }

    @Override
    public void add(MessageId message, Reaction reaction) {
        sql.update(
                """
                insert into message_reactions (message_id, user_id, emoji, reacted_at) values (?, ?, ?, ?)
                on conflict do nothing""", message.value(), reaction.user().value(), reaction.emoji().value(), reaction.at());
    }

    @Override
    public void remove(MessageId message, UserId user, Emoji emoji) {
        sql.update(
                "delete from message_reactions where message_id = ? and user_id = ? and emoji = ?",
                message.value(),
                user.value(),
                emoji.value());
    }
}
