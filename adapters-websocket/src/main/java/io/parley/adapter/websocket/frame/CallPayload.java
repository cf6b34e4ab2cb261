package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * Seed 000's {@code call} message: a call began in a chat ({@code call_ended}: it ended), by {@code author}. A call is
 * not stored, so seed 000's {@code id} is the chat's id, as in typing frames.
 */
@Serdeable
public record CallPayload(String type, long id, long chatId, String chatType, AuthorJson author, Instant time) {

    /** The announcement that a call began ({@code started}) or ended in chat {@code chatId}. */
    public static CallPayload of(boolean started, long chatId, String chatType, AuthorJson author, Instant time) {
        return new CallPayload(started ? "call" : "call_ended", chatId, chatId, chatType, author, time);
    }
}
