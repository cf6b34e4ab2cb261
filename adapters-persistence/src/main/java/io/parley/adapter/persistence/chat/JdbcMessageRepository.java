package io.parley.adapter.persistence.chat;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapter.persistence.Sql;
import io.parley.adapter.persistence.UniqueViolation;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.MediaFile;
import io.parley.application.model.UnreadMessage;
import io.parley.application.port.ClientIdTakenException;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ForwardOrigin;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.ThreadPlace;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Messages in PostgreSQL; a deleted message keeps its row (and so its seq and client id) without its text. */
@Singleton
public final class JdbcMessageRepository implements MessageRepository {
    private static final String SELECT = "select " + ChatSql.MESSAGE_COLUMNS
            + " from messages m join users a on a.id = m.author_id where m.deleted_at is null";

    private final Sql sql;
    private final MessageFileRows files;
    private final MessageExtraRows extras;

    public JdbcMessageRepository(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
        this.extras = new MessageExtraRows(sql);
    }

    @Override
    public MessageId nextMessageId() {
        return MessageId.of(sql.number("select nextval('messages_id_seq')"));
    }

    @Override
    public void add(Message message, long cursor) {
        Optional<ForwardOrigin> origin = message.forwardedFrom();
        try {
            sql.update(
                    """
                    insert into messages (id, chat_id, seq, author_id, kind, text, client_id, sent_at,
                                          created_cursor, changed_cursor, reply_to, mentions, mention_all,
                                          forwarded_author_id, forwarded_author_name, forwarded_sent_at,
                                          thread_root, thread_seq)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    message.id().value(),
                    message.chat().value(),
                    message.seq(),
                    message.author().value(),
                    message.kind().wireName(),
                    message.textValue(),
                    message.clientId().map(ClientId::value).orElse(null),
                    message.sentAt(),
                    cursor,
                    cursor,
                    message.replyTo().map(MessageId::value).orElse(null),
                    mentionedIds(message),
                    message.mentions().everyone(),
                    origin.map(o -> o.author().value()).orElse(null),
                    origin.map(ForwardOrigin::authorName).orElse(null),
                    origin.map(ForwardOrigin::sentAt).orElse(null),
                    message.thread().map(place -> place.root().value()).orElse(null),
                    message.thread().map(ThreadPlace::threadSeq).orElse(null));
        } catch (DataAccessException e) {
            if (UniqueViolation.constraintOf(e)
                    .filter("messages_client_id_key"::equals)
                    .isPresent()) {
                throw new ClientIdTakenException();
            }
            throw e;
        }
    }

    @Override
    public void attach(MessageId message, List<MediaFile> files) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            rows.add(new Object[] {message.value(), i, files.get(i).id()});
        }
        sql.batch("insert into message_files (message_id, position, media_id) values (?, ?, ?)", rows);
    }

    @Override
    public Optional<Message> find(ChatId chat, MessageId id) {
        return findAuthored(chat, id).map(AuthoredMessage::message);
    }

    @Override
    public Optional<AuthoredMessage> findAuthored(ChatId chat, MessageId id) {
        return live(MessageKeys.BY_ID, id.value())
                .filter(found -> found.message().chat().equals(chat))
                .map(this::complete);
    }

    @Override
    public Optional<AuthoredMessage> findByClientId(UserId author, ClientId clientId) {
        return live(MessageKeys.BY_CLIENT_ID, author.value(), clientId.value()).map(this::complete);
    }

    private Optional<AuthoredMessage> live(String byKey, Object... key) {
        return sql.one(
                        byKey,
                        row -> row.getBoolean("live")
                                ? Optional.of(ChatRows.authoredMessage(row))
                                : Optional.<AuthoredMessage>empty(),
                        key)
                .flatMap(found -> found);
    }

    @Override
    public OptionalLong creationCursorIfUnchanged(ChatId chat, MessageId id) {
        return sql.one("""
                        select created_cursor from messages
                        where chat_id = ? and id = ? and deleted_at is null and changed_cursor = created_cursor""", row -> row.getLong(1), chat.value(), id.value())
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public boolean hasUsedClientId(UserId author, ClientId clientId) {
        return sql.one(
                        "select 1 from messages where author_id = ? and client_id = ?",
                        row -> true,
                        author.value(),
                        clientId.value())
                .isPresent();
    }

    @Override
    public void update(Message message, long cursor) {
        sql.update(
                """
                update messages set text = ?, edited_at = ?, changed_cursor = ?, mentions = ?, mention_all = ?
                where id = ? and deleted_at is null""",
                message.textValue(),
                message.editedAt().orElse(null),
                cursor,
                mentionedIds(message),
                message.mentions().everyone(),
                message.id().value());
    }

    @Override
    public void markChanged(ChatId chat, MessageId id, long cursor) {
        sql.update(
                "update messages set changed_cursor = ? where id = ? and chat_id = ? and deleted_at is null",
                cursor,
                id.value(),
                chat.value());
    }

    @Override
    public void delete(ChatId chat, MessageId id, UserId by, Instant at, long cursor) {
        // a deleted message leaves the pinned list with it (the delete frame tells the members)
        sql.update("delete from message_pins where message_id = ? and chat_id = ?", id.value(), chat.value());
        sql.update("""
                update messages set deleted_at = ?, deleted_by = ?, text = '', changed_cursor = ?
                where id = ? and chat_id = ? and deleted_at is null""", at, by.value(), cursor, id.value(), chat.value());
    }

    @Override
    public List<ChangedMessage> changedSince(ChatId chat, long cursor, int limit) {
        return extras.withExtrasOfLive(files.withFilesOfLive(
                sql.list(ChatSql.CHANGED_SINCE, ChatRows::changedMessage, chat.value(), cursor, limit)));
    }

    @Override
    public List<LatestByAuthor> latestPerAuthor(ChatId chat, long afterSeq, long upToSeq) {
        if (upToSeq <= afterSeq) {
            return List.of();
        }
        return sql.list(ChatSql.LATEST_PER_AUTHOR, ChatRows::latestByAuthor, chat.value(), afterSeq, upToSeq);
    }

    @Override
    public List<UnreadMessage> newestUnread(UserId reader, int limit) {
        List<UnreadMessage> unread =
                sql.list(ChatSql.NEWEST_UNREAD, ChatRows::unreadMessage, limit, reader.value(), limit);
        List<AuthoredMessage> withFiles = extras.withExtras(
                files.withFiles(unread.stream().map(UnreadMessage::message).toList()));
        List<UnreadMessage> result = new ArrayList<>();
        for (int i = 0; i < unread.size(); i++) {
            result.add(new UnreadMessage(withFiles.get(i), unread.get(i).kind()));
        }
        return result;
    }

    @Override
    public List<AuthoredMessage> page(ChatId chat, HistoryPage page) {
        int rows = page.limit() + 1;
        if (page.afterSeq() != null) {
            return extras.withExtras(files.withFiles(sql.list(
                    SELECT + " and m.chat_id = ? and m.seq > ? and m.seq < ? order by m.seq limit ?",
                    ChatRows::authoredMessage,
                    chat.value(),
                    page.afterSeq(),
                    upperBound(page),
                    rows)));
        }
        List<AuthoredMessage> newestFirst = sql.list(
                SELECT + " and m.chat_id = ? and m.seq < ? order by m.seq desc limit ? offset ?",
                ChatRows::authoredMessage,
                chat.value(),
                upperBound(page),
                rows,
                page.offset());
        List<AuthoredMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return extras.withExtras(files.withFiles(oldestFirst));
    }

    private Object mentionedIds(Message message) {
        return sql.longs(message.mentions().users().stream().map(UserId::value).toList());
    }

    private AuthoredMessage complete(AuthoredMessage message) {
        return extras.withExtras(List.of(files.withFiles(message))).get(0);
    }

    private static long upperBound(HistoryPage page) {
        return page.beforeSeq() != null ? page.beforeSeq() : Long.MAX_VALUE;
    }
}
