package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.adapter.persistence.media.MediaRows;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.MediaFile;
import io.parley.application.model.MessageView;
import io.parley.domain.message.MessageKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the files of file messages in one query per batch of messages, in their order within each message. */
final class MessageFileRows {
    private final Sql sql;

    MessageFileRows(Sql sql) {
        this.sql = sql;
    }

    /** The chat list with the files of each chat's newest message, for seed 000's {@code last_message}. */
    List<ChatListItem> withFilesOfLast(List<ChatListItem> items) {
        Map<Long, List<MediaFile>> byMessage = filesOf(items.stream()
                .map(ChatListItem::lastMessage)
                .filter(m -> m != null && !MessageKind.TEXT.wireName().equals(m.type()))
                .map(MessageView::id)
                .toList());
        return items.stream()
                .map(item -> {
                    MessageView last = item.lastMessage();
                    List<MediaFile> files = last == null ? List.of() : byMessage.getOrDefault(last.id(), List.of());
                    return files.isEmpty() ? item : withLast(item, last, files);
                })
                .toList();
    }

    private static ChatListItem withLast(ChatListItem item, MessageView last, List<MediaFile> files) {
        MessageView full = new MessageView(
                        last.id(),
                        last.chatId(),
                        last.chatKind(),
                        last.seq(),
                        last.authorId(),
                        last.authorName(),
                        last.text(),
                        last.clientId(),
                        last.sentAt(),
                        last.editedAt(),
                        last.read(),
                        last.type(),
                        files.stream().map(AttachmentView::of).toList())
                .withMentions(last.mentions())
                .withForwardedFrom(last.forwardedFrom());
        return item.withLastMessage(full);
    }

    AuthoredMessage withFiles(AuthoredMessage message) {
        return withFiles(List.of(message)).get(0);
    }

    List<AuthoredMessage> withFiles(List<AuthoredMessage> messages) {
        List<Long> ids = messages.stream()
                .filter(m -> m.message().kind() != MessageKind.TEXT)
                .map(m -> m.message().id().value())
                .toList();
        if (ids.isEmpty()) {
            return messages;
        }
        Map<Long, List<MediaFile>> byMessage = filesOf(ids);
        return messages.stream()
                .map(m -> new AuthoredMessage(
                        m.message(),
                        m.authorName(),
                        byMessage.getOrDefault(m.message().id().value(), List.of())))
                .toList();
    }

    private Map<Long, List<MediaFile>> filesOf(List<Long> ids) {
        Map<Long, List<MediaFile>> byMessage = new HashMap<>();
        if (ids.isEmpty()) {
            return byMessage;
        }
        sql.list(
                """
                select mf.message_id as file_of, media.* from message_files mf
                join media on media.id = mf.media_id
                where mf.message_id = any(?) order by mf.message_id, mf.position""",
                row -> byMessage
                        .computeIfAbsent(row.getLong("file_of"), id -> new ArrayList<>())
                        .add(MediaRows.file(row)),
                sql.longs(ids));
        return byMessage;
    }

    List<ChangedMessage> withFilesOfLive(List<ChangedMessage> changes) {
        List<AuthoredMessage> live = withFiles(changes.stream()
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
}
