package io.parley.application.event;

import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * A message changed after it was sent: its author changed its text or mentions ({@code reaction} and {@code pin}
 * null), a member added or removed a reaction ({@code reaction} says which; the text is unchanged), or a member
 * pinned or unpinned it ({@code pin} says which). {@code message} is the message as it is now, its reactions and pin
 * included.
 */
public record MessageEdited(
        MessageView message, long cursor, List<UserId> audience, ReactionChange reaction, PinChange pin)
        implements SequencedChatEvent {
    public MessageEdited {
        audience = List.copyOf(audience);
    }

    /** A reaction added or removed (null: a change of the text). */
    public MessageEdited(MessageView message, long cursor, List<UserId> audience, ReactionChange reaction) {
        this(message, cursor, audience, reaction, null);
    }

    /** A change of the text. */
    public MessageEdited(MessageView message, long cursor, List<UserId> audience) {
        this(message, cursor, audience, null, null);
    }

    @Override
    public ChatId chat() {
        return ChatId.of(message.chatId());
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.messageEdited(this);
    }

    @Override
    public <R> R accept(SequencedChatEventVisitor<R> visitor) {
        return visitor.messageEdited(this);
    }
}
