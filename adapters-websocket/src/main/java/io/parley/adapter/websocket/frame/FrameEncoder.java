package io.parley.adapter.websocket.frame;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Wraps payloads in the {@code {"type": …, "payload": …}} envelope and writes them as JSON text. */
@Singleton
public final class FrameEncoder {
    private final JsonMapper json;

    public FrameEncoder(JsonMapper json) {
        this.json = json;
    }

    /** A frame that a slow socket must not lose. */
    public Frame frame(FrameType type, Object payload) {
        return new Frame(envelope(type, payload), false);
    }

    /** A frame that a slow socket may lose (typing indicators). */
    public Frame droppable(FrameType type, Object payload) {
        return new Frame(envelope(type, payload), true);
    }

    private String envelope(FrameType type, Object payload) {
        try {
            return "{\"type\":\"" + type.wire() + "\",\"payload\":" + json.writeValueAsString(payload) + "}";
        } catch (IOException e) {
            // our own records always serialize; failing here is a programming error, not bad input
            throw new UncheckedIOException(
                    "cannot encode a " + payload.getClass().getSimpleName(), e);
        }
    }
}
