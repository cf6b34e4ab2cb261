package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.parley.application.chat.MuteRequest;
import io.parley.domain.chat.ChatKind;
import java.util.List;
import java.util.Map;

/**
 * What a client asked for in one frame. {@code chatKind} is set when the frame named a {@code group_id} instead of a
 * {@code chat_id}; {@code resume} maps chat ids to the change cursor the client has seen. Fields the frame did not
 * carry are null ({@code replyTo}: a send's {@code reply_to}; {@code emoji}: a reaction's; {@code mentions} and
 * {@code mentionAll}: a send's or an edit's {@code mentions} and {@code mention_all}; {@code forwardFrom}: a send's
 * {@code forward_from}; {@code mute} and {@code archived}: a {@code chat_settings} frame's {@code muted_until} and
 * {@code archived}; {@code threadRoot}: a send's {@code thread_root}; {@code threadSeq}: a
 * {@code thread_read} frame's {@code thread_seq}); whether an action needs them is the dispatcher's call.
 */
public record ClientFrame(
        String action,
        @Nullable Long chatId,
        @Nullable ChatKind chatKind,
        @Nullable String text,
        @Nullable String clientId,
        @Nullable Long messageId,
        @Nullable Map<Long, Long> resume,
        List<String> fileUrls,
        @Nullable Long replyTo,
        @Nullable String emoji,
        @Nullable List<Long> mentions,
        @Nullable Boolean mentionAll,
        @Nullable ForwardRef forwardFrom,
        @Nullable MuteRequest mute,
        @Nullable Boolean archived,
        @Nullable Long threadRoot,
        @Nullable Long threadSeq) {
    public ClientFrame {
        fileUrls = fileUrls == null ? List.of() : List.copyOf(fileUrls);
        mentions = mentions == null ? null : List.copyOf(mentions);
    }

    /** A frame that names no message to reply to and no emoji. */
    public ClientFrame(
            String action,
            @Nullable Long chatId,
            @Nullable ChatKind chatKind,
            @Nullable String text,
            @Nullable String clientId,
            @Nullable Long messageId,
            @Nullable Map<Long, Long> resume,
            List<String> fileUrls) {
        this(
                action, chatId, chatKind, text, clientId, messageId, resume, fileUrls, null, null, null, null, null,
                null, null, null, null);
    }

    /**
     * A send's {@code forward_from} as the frame carried it (whole numbers where given, null where missing); whether
     * its shape names a message is the dispatcher's call.
     */
    public record ForwardRef(
            @Nullable Long chatId,
            @Nullable Long groupId,
            @Nullable Long messageId) {}

    /** The text, or a {@code frame.missing_field} error naming it. */
    public String requireText() {
        if (text == null) {
            throw new FrameException("frame.missing_field", "a " + action + " frame needs a text");
        }
        return text;
    }

    /** The message id, or a {@code frame.missing_field} error naming it. */
    public long requireMessageId() {
        if (messageId == null) {
            throw new FrameException("frame.missing_field", "a " + action + " frame needs the message id in id");
        }
        return messageId;
    }
}
