package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * {@code typing} or {@code stop_typing} of {@code author} in a chat; {@code id} repeats the chat's id, as seed 000's
 * typing frames carry it.
 */
@Serdeable
public record TypingPayload(String type, long id, long chatId, AuthorJson author, Instant time) {

    /** The indicator of {@code author} in chat {@code chatId}. */
    public static TypingPayload of(boolean typing, long chatId, AuthorJson author, Instant time) {
        return new TypingPayload(typing ? "typing" : "stop_typing", chatId, chatId, author, time);
    }
}
