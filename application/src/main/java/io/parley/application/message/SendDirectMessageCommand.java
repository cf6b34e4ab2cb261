package io.parley.application.message;

import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The actor writes to another user directly; their private chat is opened if it does not exist yet. {@code type} and
 * {@code fileUrls} are as in {@link SendMessageCommand}: a file message names files uploaded to that private chat.
 */
public record SendDirectMessageCommand(UserId actor, UserId recipient, String text, String clientId, String type,
                                       List<String> fileUrls) {
    public SendDirectMessageCommand {
        fileUrls = fileUrls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fileUrls));
    }

    /** A text message. */
    public SendDirectMessageCommand(UserId actor, UserId recipient, String text, String clientId) {
        this(actor, recipient, text, clientId, null, List.of());
    }
}
