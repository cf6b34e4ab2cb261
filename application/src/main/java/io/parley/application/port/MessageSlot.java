package io.parley.application.port;

import io.parley.domain.message.MessageId;
import java.time.Instant;

/**
 * The place a new message takes in its conversation, handed out under the conversation's lock: its id, its seq, the
 * change cursor it is made at and its time, which is never earlier than the time of any message with a lower seq.
 */
public record MessageSlot(MessageId id, long seq, long cursor, Instant time) {}
