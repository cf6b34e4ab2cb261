package io.parley.domain.pin;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pinned messages of one conversation: in a group its owner and admins pin and unpin, in a private chat either
 * member; at most {@code limit} at once. Pinning a pinned message, or unpinning one that is not, changes nothing.
 */
public final class ChatPins {
    private final ChatId chat;
    private final List<Pin> pins;

    private ChatPins(ChatId chat, List<Pin> pins) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.pins = List.copyOf(pins);
    }

    /** The pins stored for a conversation. */
    public static ChatPins rehydrate(ChatId chat, List<Pin> pins) {
        return new ChatPins(chat, pins);
    }

    /**
     * The pin {@code actor} adds to {@code message} (a live message of this conversation), or empty if it is pinned
     * already; one beyond {@code limit} is refused with {@code pin.too_many}.
     */
    public Optional<Pin> pin(Membership actor, Message message, Instant now, int limit) {
        checkMayPin(actor);
        if (!message.chat().equals(chat)) {
            throw new IllegalArgumentException("message " + message.id() + " is not of chat " + chat);
        }
        if (isPinned(message.id())) {
            return Optional.empty();
        }
        if (pins.size() >= limit) {
            throw new DomainException(
                    ErrorKind.CONFLICT, "pin.too_many", "this chat already has " + limit + " pinned messages");
        }
        return Optional.of(new Pin(message.id(), actor.user(), now));
    }

    /** True if unpinning {@code message} changes anything; refuses a member who may not unpin. */
    public boolean unpin(Membership actor, MessageId message) {
        checkMayPin(actor);
        return isPinned(message);
    }

    public boolean isPinned(MessageId message) {
        return pins.stream().anyMatch(p -> p.message().equals(message));
    }

    public List<Pin> pins() {
        return pins;
    }

    /** Group pins follow the one owner-or-admin rule ({@link Membership#moderates()}); private chats: anyone in it. */
    private void checkMayPin(Membership actor) {
        if (!actor.chat().equals(chat)) {
            throw new IllegalArgumentException(actor.user() + " is not acting in chat " + chat);
        }
        if (actor.kind() == ChatKind.GROUP && !actor.moderates()) {
            throw NotGroupOwnerException.norAdmin(chat);
        }
    }
}
