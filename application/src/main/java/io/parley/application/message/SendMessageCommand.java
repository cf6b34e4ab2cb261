package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The actor writes into a conversation: {@code type} is seed 000's ({@code message} when null; {@code with_files},
 * {@code audio_message}, {@code video_message} carry {@code fileUrls} of files uploaded to the same conversation, and
 * {@code text} is then an optional caption); {@code clientId} (optional) makes retries safe.
 */
public record SendMessageCommand(UserId actor, ChatAddress chat, String text, String clientId, String type,
                                 List<String> fileUrls) {
    public SendMessageCommand {
        // a client's list may hold nulls, which the send refuses with 400: keep them to be seen
        fileUrls = fileUrls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fileUrls));
    }

    /** A text message. */
    public SendMessageCommand(UserId actor, ChatAddress chat, String text, String clientId) {
        this(actor, chat, text, clientId, null, List.of());
    }
}
