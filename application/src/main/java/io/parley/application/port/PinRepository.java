package io.parley.application.port;

import io.parley.application.model.AuthoredMessage;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.MessageId;
import io.parley.domain.pin.ChatPins;
import io.parley.domain.pin.Pin;
import java.util.List;

/**
 * Stores pinned messages; a pin goes when its message is deleted ({@link MessageRepository#delete} removes it in the
 * same transaction) or its conversation goes.
 */
public interface PinRepository {
    /** Every pin of a conversation, newest first. */
    ChatPins of(ChatId chat);

    /** Stores a pin the aggregate allowed (the caller holds the conversation's lock). */
    void add(ChatId chat, Pin pin);

    /** Removes a message's pin; a message that is not pinned changes nothing. */
    void remove(ChatId chat, MessageId message);

    /** The pinned live messages of a conversation, newest pin first, each with its pin, quote and reactions. */
    List<AuthoredMessage> pinnedMessages(ChatId chat);
}
