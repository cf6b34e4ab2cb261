package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.MessageView;
import java.time.Instant;
import java.util.List;

/**
 * Seed 000's Message model plus {@code seq}, {@code cursor} (the chat's change cursor after this change; null inside
 * history, whose frame carries one cursor) and the sender's {@code client_id}. {@code type} is the message's own type
 * ({@code message}, {@code with_files}, {@code audio_message}, {@code video_message}) for a new message and
 * {@code update} for an edit. File messages carry seed 000's {@code file_*} fields (of their first file, filled
 * from the server's records) and {@code files}, every file in order.
 */
@Serdeable
public record MessagePayload(long id, long chatId, String chatType, String type, String text, boolean read,
                             AuthorPayload author, Instant time, boolean edited, @Nullable Instant editedAt, long seq,
                             @Nullable Long cursor, @Nullable String clientId, @Nullable String fileUrl,
                             List<String> fileUrls, @Nullable String fileName, @Nullable String fileMime,
                             @Nullable String fileType, @Nullable Long fileSize, @Nullable String audioMessageUrl,
                             @Nullable String videoMessageUrl, List<FilePayload> files) {

    /** The payload of a new message as members see it. */
    public static MessagePayload of(MessageView view, @Nullable Long cursor) {
        return of(view, view.type(), cursor);
    }

    /** The payload of a message under another frame type ({@code update}). */
    public static MessagePayload of(MessageView view, String type, @Nullable Long cursor) {
        AttachmentView first = view.files().isEmpty() ? null : view.files().get(0);
        return new MessagePayload(view.id(), view.chatId(), view.chatKind().wireName(), type, view.text(), view.read(),
                new AuthorPayload(view.authorId(), view.authorName()), view.sentAt(), view.editedAt() != null,
                view.editedAt(), view.seq(), cursor, view.clientId(), first == null ? null : first.url(),
                view.files().stream().map(AttachmentView::url).toList(), first == null ? null : first.originalName(),
                first == null ? null : first.mime(), first == null ? null : first.fileType(),
                first == null ? null : first.size(),
                "audio_message".equals(view.type()) && first != null ? first.url() : null,
                "video_message".equals(view.type()) && first != null ? first.url() : null,
                view.files().stream().map(FilePayload::of).toList());
    }
}
