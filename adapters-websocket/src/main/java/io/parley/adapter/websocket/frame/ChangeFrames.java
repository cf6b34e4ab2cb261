package io.parley.adapter.websocket.frame;

import io.parley.adapter.wire.AuthorJson;
import io.parley.application.message.MessageChange;

/**
 * The frames of one message change, encoded at most once per socket kind however many sockets receive it: on the main
 * socket a new message is a {@code notification}, on a chat socket a {@code message}; edits and deletions are
 * {@code message} frames of type {@code update} and {@code delete} on both.
 */
public final class ChangeFrames {
    private final MessageChange change;
    private final FrameEncoder encoder;
    private Frame onMain;
    private Frame onChat;

    public ChangeFrames(MessageChange change, FrameEncoder encoder) {
        this.change = change;
        this.encoder = encoder;
    }

    /** The chat's change cursor after this change. */
    public long cursor() {
        return change.cursor();
    }

    /** The frame for a main socket ({@code main}) or a chat socket. */
    public synchronized Frame frame(boolean main) {
        if (main) {
            if (onMain == null) {
                onMain = encode(true);
            }
            return onMain;
        }
        if (onChat == null) {
            onChat = encode(false);
        }
        return onChat;
    }

    private Frame encode(boolean main) {
        switch (change.kind()) {
            case CREATED: {
                MessagePayload payload = MessagePayload.of(change.message(), change.cursor());
                return main
                        ? encoder.frame(FrameType.NOTIFICATION, new NotificationPayload("message", payload))
                        : encoder.frame(FrameType.MESSAGE, payload);
            }
            case EDITED:
                return encoder.frame(FrameType.MESSAGE, MessagePayload.of(change.message(), "update", change.cursor()));
            default:
                return encoder.frame(
                        FrameType.MESSAGE,
                        new DeletedPayload(
                                change.messageId(),
                                change.chatId(),
                                "delete",
                                change.seq(),
                                change.cursor(),
                                change.deletedBy(),
                                change.deletedByName() == null
                                        ? null
                                        : new AuthorJson(change.deletedBy(), change.deletedByName()),
                                change.deletedAt()));
        }
    }
}
