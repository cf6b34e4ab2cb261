package io.parley.application.message;

import io.parley.application.event.MessageDeleted;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.MessageSent;
import io.parley.application.event.PinChange;
import io.parley.application.event.ReactionChange;
import io.parley.application.event.SequencedChatEvent;
import io.parley.application.event.SequencedChatEventVisitor;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatKind;
import java.time.Instant;

/**
 * One change of a conversation's messages as a client receives it, live or while catching up: a new message, an
 * edit, a reaction added or removed or a pin set or taken (these carry the message as it is now, a reaction also
 * {@code reaction}, a pin change {@code pin}) or a deletion (which carries who deleted it, their current name, and
 * when). Catching up shows reactions and pins as edits: the message as it is now.
 */
public record MessageChange(
        Kind kind,
        long chatId,
        ChatKind chatKind,
        long messageId,
        long seq,
        long cursor,
        MessageView message,
        long deletedBy,
        String deletedByName,
        Instant deletedAt,
        ReactionChange reaction,
        PinChange pin) {

    /** What happened to the message. */
    public enum Kind {
        CREATED,
        EDITED,
        REACTED,
        PINNED,
        DELETED
    }

    /** A change that is no pin change. */
    public MessageChange(
            Kind kind,
            long chatId,
            ChatKind chatKind,
            long messageId,
            long seq,
            long cursor,
            MessageView message,
            long deletedBy,
            String deletedByName,
            Instant deletedAt,
            ReactionChange reaction) {
        this(
                kind,
                chatId,
                chatKind,
                messageId,
                seq,
                cursor,
                message,
                deletedBy,
                deletedByName,
                deletedAt,
                reaction,
                null);
    }

    /** A change that is not a reaction. */
    public MessageChange(
            Kind kind,
            long chatId,
            ChatKind chatKind,
            long messageId,
            long seq,
            long cursor,
            MessageView message,
            long deletedBy,
            String deletedByName,
            Instant deletedAt) {
        this(kind, chatId, chatKind, messageId, seq, cursor, message, deletedBy, deletedByName, deletedAt, null);
    }

    private static final SequencedChatEventVisitor<MessageChange> FROM_EVENT = new SequencedChatEventVisitor<>() {
        @Override
        public MessageChange messageSent(MessageSent sent) {
            return of(Kind.CREATED, sent.message(), sent.cursor());
        }

        @Override
        public MessageChange messageEdited(MessageEdited edited) {
            if (edited.pin() != null) {
                return of(Kind.PINNED, edited.message(), edited.cursor()).withPinChange(edited.pin());
            }
            MessageChange change =
                    of(edited.reaction() == null ? Kind.EDITED : Kind.REACTED, edited.message(), edited.cursor());
            return edited.reaction() == null ? change : change.withReaction(edited.reaction());
        }

        @Override
        public MessageChange messageDeleted(MessageDeleted deleted) {
            return new MessageChange(
                    Kind.DELETED,
                    deleted.chat().value(),
                    deleted.kind(),
                    deleted.message().value(),
                    deleted.seq(),
                    deleted.cursor(),
                    null,
                    deleted.deletedBy().value(),
                    deleted.deletedByName(),
                    deleted.at(),
                    null);
        }
    };

    /** The change a live event announces. */
    public static MessageChange of(SequencedChatEvent event) {
        return event.accept(FROM_EVENT);
    }

    static MessageChange of(Kind kind, MessageView message, long cursor) {
        return new MessageChange(
                kind,
                message.chatId(),
                message.chatKind(),
                message.id(),
                message.seq(),
                cursor,
                message,
                0,
                null,
                null,
                null);
    }

    static MessageChange deleted(long chatId, ChatKind kind, ChangedMessage row) {
        return new MessageChange(
                Kind.DELETED,
                chatId,
                kind,
                row.id().value(),
                row.seq(),
                row.changedCursor(),
                null,
                row.deletedBy() == null ? 0 : row.deletedBy().value(),
                row.deletedByName(),
                row.deletedAt(),
                null);
    }

    /** The same change carrying {@code view} (the same message, e.g. marked with its author's presence). */
    public MessageChange withMessage(MessageView view) {
        return new MessageChange(
                kind,
                chatId,
                chatKind,
                messageId,
                seq,
                cursor,
                view,
                deletedBy,
                deletedByName,
                deletedAt,
                reaction,
                pin);
    }

    private MessageChange withReaction(ReactionChange change) {
        return new MessageChange(
                kind, chatId, chatKind, messageId, seq, cursor, message, deletedBy, deletedByName, deletedAt, change);
    }

    private MessageChange withPinChange(PinChange change) {
        return new MessageChange(
                kind,
                chatId,
                chatKind,
                messageId,
                seq,
                cursor,
                message,
                deletedBy,
                deletedByName,
                deletedAt,
                null,
                change);
    }
}
