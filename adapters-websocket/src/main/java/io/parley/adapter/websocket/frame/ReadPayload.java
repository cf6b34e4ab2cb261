package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * {@code author} has read up to message {@code id} ({@code seq}); {@code read} is true when that message is now read by
 * every member but its author. An author also gets one of these, with {@code read} true, for their own newest
 * message that the move made read by everyone.
 */
@Serdeable
public record ReadPayload(String type, long id, long chatId, long seq, boolean read, AuthorJson author, Instant time) {}
