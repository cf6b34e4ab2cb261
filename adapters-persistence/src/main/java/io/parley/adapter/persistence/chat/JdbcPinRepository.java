package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.port.PinRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.MessageId;
import io.parley.domain.pin.ChatPins;
import io.parley.domain.pin.Pin;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;

/** Pins in PostgreSQL, one row per pinned message. */
@Singleton
public final class JdbcPinRepository implements PinRepository {
    private final Sql sql;
    private final MessageFileRows files;
    private final MessageExtraRows extras;

    public JdbcPinRepository(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
        this.extras = new MessageExtraRows(sql);
    }

    @Override
    public ChatPins of(ChatId chat) {
        return ChatPins.rehydrate(
                chat,
                sql.list(
                        """
                        select message_id, pinned_by, pinned_at from message_pins
                        where chat_id = ? order by pinned_at desc, message_id desc""",
                        row -> new Pin(
                                MessageId.of(row.getLong("message_id")),
                                UserId.of(row.getLong("pinned_by")),
                                Sql.instant(row, "pinned_at")),
                        chat.value()));
    }

    @Override
    public void add(ChatId chat, Pin pin) {
        sql.update("""
                insert into message_pins (message_id, chat_id, pinned_by, pinned_at) values (?, ?, ?, ?)
                on conflict do nothing""", pin.message().value(), chat.value(), pin.by().value(), pin.at());
    }

    @Override
    public void remove(ChatId chat, MessageId message) {
        sql.update("delete from message_pins where message_id = ? and chat_id = ?", message.value(), chat.value());
    }

    @Override
    public List<AuthoredMessage> pinnedMessages(ChatId chat) {
        return extras.withExtras(files.withFiles(
                sql.list("select " + ChatSql.MESSAGE_COLUMNS + """

                from message_pins p
                join messages m on m.id = p.message_id and m.deleted_at is null
                join users a on a.id = m.author_id
                where p.chat_id = ?
                order by p.pinned_at desc, p.message_id desc""", ChatRows::authoredMessage, chat.value())));
    }
}
