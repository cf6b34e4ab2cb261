package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.PinView;
import io.parley.application.model.QuoteView;
import io.parley.application.model.ReactionCount;
import io.parley.application.model.ThreadSummaryView;
import io.parley.domain.message.MessageId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds to a batch of messages what is read from other rows each time they are shown, one query each: the quote of
 * the message each replies to (as that message is now, so edits and deletions of it show), their reactions, their
 * pins and, for thread roots, the thread's summary.
 */
final class MessageExtraRows {
    private final Sql sql;
    private final ThreadSummaryRows threads;

    MessageExtraRows(Sql sql) {
        this.sql = sql;
        this.threads = new ThreadSummaryRows(sql);
    }

    List<AuthoredMessage> withExtras(List<AuthoredMessage> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Map<Long, QuoteView> quotes = quotesOf(messages.stream()
                .map(m -> m.message().replyTo())
                .flatMap(java.util.Optional::stream)
                .map(MessageId::value)
                .distinct()
                .toList());
        List<Long> ids = messages.stream().map(m -> m.message().id().value()).toList();
        Map<Long, List<ReactionCount>> reactions = reactionsOf(ids);
        Map<Long, PinView> pins = pinsOf(ids);
        Map<Long, ThreadSummaryView> summaries = threads.summariesOf(ids);
        return messages.stream()
                .map(m -> m.withExtras(
                        m.message().replyTo().map(id -> quotes.get(id.value())).orElse(null),
                        reactions.getOrDefault(m.message().id().value(), List.of()),
                        pins.get(m.message().id().value()),
                        summaries.get(m.message().id().value())))
                .toList();
    }

    List<ChangedMessage> withExtrasOfLive(List<ChangedMessage> changes) {
        List<AuthoredMessage> live = withExtras(changes.stream()
                .filter(c -> !c.deleted())
                .map(ChangedMessage::live)
                .toList());
        List<ChangedMessage> result = new ArrayList<>();
        int next = 0;
        for (ChangedMessage change : changes) {
            result.add(
                    change.deleted()
                            ? change
                            : new ChangedMessage(
                                    change.id(),
                                    change.seq(),
                                    change.createdCursor(),
                                    change.changedCursor(),
                                    live.get(next++),
                                    change.deletedBy(),
                                    change.deletedByName(),
                                    change.deletedAt()));
        }
        return result;
    }

    private Map<Long, QuoteView> quotesOf(List<Long> ids) {
        Map<Long, QuoteView> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        sql.list(
                """
                select q.id, q.author_id, a.name as author_name, q.kind, left(q.text, ?) as quoted,
                       q.deleted_at is not null as deleted
                from messages q join users a on a.id = q.author_id
                where q.id = any(?)""",
                row -> byId.put(
                        row.getLong("id"),
                        new QuoteView(
                                row.getLong("id"),
                                row.getLong("author_id"),
                                row.getString("author_name"),
                                row.getBoolean("deleted") ? null : row.getString("quoted"),
                                row.getString("kind"),
                                row.getBoolean("deleted"))),
                QuoteView.MAX_TEXT,
                sql.longs(ids));
        return byId;
    }

    private Map<Long, PinView> pinsOf(List<Long> ids) {
        Map<Long, PinView> byId = new HashMap<>();
        sql.list(
                """
                select p.message_id, p.pinned_by, u.name as pinned_by_name, p.pinned_at
                from message_pins p join users u on u.id = p.pinned_by
                where p.message_id = any(?)""",
                row -> byId.put(
                        row.getLong("message_id"),
                        new PinView(
                                row.getLong("pinned_by"),
                                row.getString("pinned_by_name"),
                                Sql.instant(row, "pinned_at"))),
                sql.longs(ids));
        return byId;
    }

    private Map<Long, List<ReactionCount>> reactionsOf(List<Long> ids) {
        // per message, per emoji in the order first given, the users in the order they gave it
        Map<Long, Map<String, List<Long>>> given = new HashMap<>();
        sql.list(
                """
                select message_id, emoji, user_id from message_reactions
                where message_id = any(?) order by message_id, reacted_at, user_id""",
                row -> given.computeIfAbsent(row.getLong("message_id"), id -> new LinkedHashMap<>())
                        .computeIfAbsent(row.getString("emoji"), e -> new ArrayList<>())
                        .add(row.getLong("user_id")),
                sql.longs(ids));
        Map<Long, List<ReactionCount>> counts = new HashMap<>();
        given.forEach((message, byEmoji) -> counts.put(
                message,
                byEmoji.entrySet().stream()
                        .map(e -> new ReactionCount(e.getKey(), e.getValue().size(), e.getValue()))
                        .toList()));
        return counts;
    }
}
