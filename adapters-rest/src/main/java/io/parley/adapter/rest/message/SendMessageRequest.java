package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.IncomingMessages;
import io.parley.application.message.ForwardSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of a REST send: the text (a caption, optional, for file messages), an optional idempotency key, and for seed
 * 000's file messages the {@code type} with the URLs of files uploaded to the same conversation ({@code file_urls},
 * or {@code audio_message_url} / {@code video_message_url}); {@code reply_to} names the message of the same
 * conversation it answers; {@code mentions} the ids of members it mentions and {@code mention_all} whether it mentions
 * everyone (group owner and admins only); {@code forward_from} names a message to forward instead of any content; {@code thread_root} the message of the same
 * conversation in whose thread this one is a reply.
 */
@Serdeable
public record SendMessageRequest(
        @Nullable String text,
        @Nullable String clientId,
        @Nullable String type,
        @Nullable List<String> fileUrls,
        @Nullable String audioMessageUrl,
        @Nullable String videoMessageUrl,
        @Nullable Long replyTo,
        @Nullable List<Long> mentions,
        @Nullable Boolean mentionAll,
        @Nullable ForwardFromRequest forwardFrom,
        @Nullable Long threadRoot) {

    /** The message this send forwards (null: none); a bad shape is {@code message.invalid_forward}. */
    public ForwardSource forward() {
        return forwardFrom == null
                ? null
                : IncomingMessages.forward(true, forwardFrom.chatId(), forwardFrom.groupId(), forwardFrom.messageId());
    }

    /** Every file URL the request names, in order. */
    public List<String> allFileUrls() {
        List<String> urls = new ArrayList<>(fileUrls == null ? List.of() : fileUrls);
        if (audioMessageUrl != null) {
            urls.add(audioMessageUrl);
        }
        if (videoMessageUrl != null) {
            urls.add(videoMessageUrl);
        }
        return urls;
    }
}
