package io.parley.adapter.rest.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatKind;
import java.time.Instant;
import java.util.List;

/**
 * Seed 000's Message model plus {@code seq} and {@code client_id}; {@code user_id}, {@code content} and
 * {@code timestamp} repeat author id, text and time under the names of seed 000's REST history, and group
 * messages also carry {@code group_id}. File messages carry seed 000's {@code file_*} fields (of their first file,
 * filled from the server's records) and {@code files}, every file in order.
 */
@Serdeable
public record MessageResponse(long id, long chatId, @JsonInclude(JsonInclude.Include.NON_NULL) Long groupId,
                              String type, String text, boolean read, AuthorBody author, Instant time,
                              boolean edited, Instant editedAt, long seq, String clientId, long userId,
                              String content, Instant timestamp, @Nullable String fileUrl, List<String> fileUrls,
                              @Nullable String fileName, @Nullable String fileMime, @Nullable String fileType,
                              @Nullable Long fileSize, @Nullable String audioMessageUrl,
                              @Nullable String videoMessageUrl, List<FileBody> files) {

    public static MessageResponse of(MessageView view) {
        AttachmentView first = view.files().isEmpty() ? null : view.files().get(0);
        return new MessageResponse(view.id(), view.chatId(), view.chatKind() == ChatKind.GROUP ? view.chatId() : null,
                view.type(), view.text(), view.read(), new AuthorBody(view.authorId(), view.authorName()),
                view.sentAt(), view.editedAt() != null, view.editedAt(), view.seq(), view.clientId(), view.authorId(),
                view.text(), view.sentAt(), first == null ? null : first.url(),
                view.files().stream().map(AttachmentView::url).toList(), first == null ? null : first.originalName(),
                first == null ? null : first.mime(), first == null ? null : first.fileType(),
                first == null ? null : first.size(),
                "audio_message".equals(view.type()) && first != null ? first.url() : null,
                "video_message".equals(view.type()) && first != null ? first.url() : null,
                view.files().stream().map(FileBody::of).toList());
    }
}
