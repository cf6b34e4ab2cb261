package io.parley.application.model;

import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageKind;
import java.time.Instant;
import java.util.List;

/**
 * A message as members see it; {@code read} is true once every other member has read it; {@code type} is seed 000's
 * ({@code message}, {@code with_files}, {@code audio_message}, {@code video_message}) and {@code files} what it
 * carries. {@code authorOnline} is the author's presence when the view was made (seed 000's {@code status}), null
 * when it was not looked up or presence could not be read.
 */
public record MessageView(
        long id,
        long chatId,
        ChatKind chatKind,
        long seq,
        long authorId,
        String authorName,
        String text,
        String clientId,
        Instant sentAt,
        Instant editedAt,
        boolean read,
        String type,
        List<AttachmentView> files,
        Boolean authorOnline) {
    public MessageView {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A view whose author's presence is not known yet. */
    public MessageView(
            long id,
            long chatId,
            ChatKind chatKind,
            long seq,
            long authorId,
            String authorName,
            String text,
            String clientId,
            Instant sentAt,
            Instant editedAt,
            boolean read,
            String type,
            List<AttachmentView> files) {
        this(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                type,
                files,
                null);
    }

    /** The same view with the author's presence as it is now. */
    public MessageView withAuthorOnline(boolean online) {
        return new MessageView(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                type,
                files,
                online);
    }

    /** A text message. */
    public MessageView(
            long id,
            long chatId,
            ChatKind chatKind,
            long seq,
            long authorId,
            String authorName,
            String text,
            String clientId,
            Instant sentAt,
            Instant editedAt,
            boolean read) {
        this(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                MessageKind.TEXT.wireName(),
                List.of());
    }

    /** The view of a stored message whose author is called {@code authorName}. */
    public static MessageView of(Message message, String authorName, ChatKind kind, boolean read) {
        return of(message, authorName, kind, read, List.of());
    }

    /** The view of a stored message and the files it carries. */
    public static MessageView of(
            Message message, String authorName, ChatKind kind, boolean read, List<MediaFile> files) {
        return new MessageView(
                message.id().value(),
                message.chat().value(),
                kind,
                message.seq(),
                message.author().value(),
                authorName,
                message.textValue(),
                message.clientId().map(ClientId::value).orElse(null),
                message.sentAt(),
                message.editedAt().orElse(null),
                read,
                message.kind().wireName(),
                files.stream().map(AttachmentView::of).toList());
    }
}
