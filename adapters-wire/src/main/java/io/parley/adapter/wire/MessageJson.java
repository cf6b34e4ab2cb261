package io.parley.adapter.wire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.MessageView;
import io.parley.domain.message.MessageKind;
import java.time.Instant;
import java.util.List;

/**
 * Seed 000's Message model as REST answers and socket frames both carry it (they embed it unwrapped and add their own
 * fields): id, chat, text, read flag, the author's presence ({@code status}, null when it could not be read), author, time, edit state, {@code seq} and the sender's {@code client_id}. File
 * messages carry seed 000's {@code file_*} fields of their first file (filled from the server's records, never from
 * what the client claimed), {@code audio_message_url} or {@code video_message_url}, and {@code files}, every file in
 * order. A reply carries {@code reply_to} (the id of the message it answers) and its {@code quote}; {@code reactions}
 * are the message's emoji in the order first given, each with its count and whether it is {@code mine}.
 * {@code mentions} are the ids of the members it mentions, in the order named, {@code mention_all} whether it mentions
 * everyone ({@code @all}); {@code pin} says who pinned it and when (null: not pinned); {@code forwarded_from} the
 * original author and time of a forwarded copy (null: written here). A reply in a thread carries
 * {@code thread_root} and its {@code thread_seq}; a thread's root with live replies carries {@code thread}, the summary.
 */
@Serdeable
public record MessageJson(
        long id,
        long chatId,
        String text,
        boolean read,
        @Nullable AuthorStatusJson status,
        AuthorJson author,
        Instant time,
        boolean edited,
        @Nullable Instant editedAt,
        long seq,
        @Nullable String clientId,
        @Nullable String fileUrl,
        List<String> fileUrls,
        @Nullable String fileName,
        @Nullable String fileMime,
        @Nullable String fileType,
        @Nullable Long fileSize,
        @Nullable String audioMessageUrl,
        @Nullable String videoMessageUrl,
        List<FileJson> files,
        @Nullable Long replyTo,
        @Nullable QuoteJson quote,
        List<ReactionJson> reactions,
        List<Long> mentions,
        boolean mentionAll,
        @Nullable PinJson pin,
        @Nullable ForwardJson forwardedFrom,
        @Nullable Long threadRoot,
        @Nullable Long threadSeq,
        @Nullable ThreadJson thread) {

    /** The message as members see it. */
    public static MessageJson of(MessageView view) {
        List<FileJson> files = view.files().stream().map(FileJson::of).toList();
        FileJson first = files.isEmpty() ? null : files.get(0);
        AttachmentView firstFile = view.files().isEmpty() ? null : view.files().get(0);
        String firstUrl = first == null ? null : first.url();
        return new MessageJson(
                view.id(),
                view.chatId(),
                view.text(),
                view.read(),
                view.authorOnline() == null ? null : AuthorStatusJson.of(view.authorId(), view.authorOnline()),
                new AuthorJson(view.authorId(), view.authorName()),
                view.sentAt(),
                view.editedAt() != null,
                view.editedAt(),
                view.seq(),
                view.clientId(),
                firstUrl,
                files.stream().map(FileJson::url).toList(),
                firstFile == null ? null : firstFile.originalName(),
                first == null ? null : first.fileMime(),
                first == null ? null : first.fileType(),
                first == null ? null : first.fileSize(),
                MessageKind.AUDIO_MESSAGE.wireName().equals(view.type()) ? firstUrl : null,
                MessageKind.VIDEO_MESSAGE.wireName().equals(view.type()) ? firstUrl : null,
                files,
                view.quote() == null ? null : view.quote().messageId(),
                view.quote() == null ? null : QuoteJson.of(view.quote()),
                view.reactions().stream()
                        .map(r -> ReactionJson.of(r, view.viewer()))
                        .toList(),
                view.mentions().users(),
                view.mentions().everyone(),
                view.pin() == null ? null : PinJson.of(view.pin()),
                view.forwardedFrom() == null ? null : ForwardJson.of(view.forwardedFrom()),
                view.thread() == null ? null : view.thread().rootId(),
                view.thread() == null ? null : view.thread().threadSeq(),
                view.thread() == null || view.thread().summary() == null
                        ? null
                        : ThreadJson.of(view.thread().summary()));
    }
}
