package io.parley.adapter.websocket.frame;

import io.parley.adapter.wire.AuthorJson;
import io.parley.application.message.MessageChange;
import io.parley.application.model.MessageView;
import java.util.HashMap;
import java.util.Map;

/**
 * The frames of one message change, encoded at most once per socket kind however many sockets receive it: on the main
 * socket a new message is a {@code notification}, on a chat socket a {@code message}; edits and deletions are
 * {@code message} frames of type {@code update} and {@code delete} on both, reactions of type {@code reaction}, pins
 * of type {@code pinned} or {@code unpinned}. A
 * message with reactions says which are {@code mine}, so it is encoded once per receiving user instead.
 */
public final class ChangeFrames {
    private final MessageChange change;
    private final FrameEncoder encoder;
    private Frame onMain;
    private Frame onChat;
    private Frame onMainMuted;
    private final Map<Long, Frame> onMainFor = new HashMap<>();
    private final Map<Long, Frame> onChatFor = new HashMap<>();

    public ChangeFrames(MessageChange change, FrameEncoder encoder) {
        this.change = change;
        this.encoder = encoder;
    }

    /** The chat's change cursor after this change. */
    public long cursor() {
        return change.cursor();
    }

    /** The frame for a main socket ({@code main}) or a chat socket, as the message's own view has it. */
    public synchronized Frame frame(boolean main) {
        if (main) {
            if (onMain == null) {
                onMain = encode(true, change.message());
            }
            return onMain;
        }
        if (onChat == null) {
            onChat = encode(false, change.message());
        }
        return onChat;
    }

    /** The frame for a socket of {@code viewer}: their own reactions marked {@code mine}. */
    public synchronized Frame frame(boolean main, long viewer) {
        MessageView message = change.message();
        if (message == null || message.reactions().isEmpty()) {
            return frame(main);
        }
        return (main ? onMainFor : onChatFor).computeIfAbsent(viewer, user -> encode(main, message.forViewer(user)));
    }

    /**
     * The frame for a socket of {@code viewer}, who has the chat {@code muted}: on the main socket a new message's
     * notification then says {@code muted: true} (no badge bump); everything else is as {@link #frame(boolean, long)}.
     */
    public synchronized Frame frame(boolean main, long viewer, boolean muted) {
        if (!muted || !main || change.kind() != MessageChange.Kind.CREATED) {
            return frame(main, viewer);
        }
        if (onMainMuted == null) {
            onMainMuted = encoder.frame(
                    FrameType.NOTIFICATION,
                    new NotificationPayload("message", MessagePayload.of(change.message(), change.cursor()), true));
        }
        return onMainMuted;
    }

    private Frame encode(boolean main, MessageView message) {
        switch (change.kind()) {
            case CREATED: {
                MessagePayload payload = MessagePayload.of(message, change.cursor());
                return main
                        ? encoder.frame(FrameType.NOTIFICATION, new NotificationPayload("message", payload, false))
                        : encoder.frame(FrameType.MESSAGE, payload);
            }
            case EDITED:
                return encoder.frame(FrameType.MESSAGE, MessagePayload.of(message, "update", change.cursor()));
            case REACTED:
                return encoder.frame(
                        FrameType.MESSAGE, ReactionPayload.of(message, change.reaction(), change.cursor()));
            case PINNED:
                return encoder.frame(FrameType.MESSAGE, PinPayload.of(message, change.pin(), change.cursor()));
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
