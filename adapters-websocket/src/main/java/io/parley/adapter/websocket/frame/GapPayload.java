package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/** More changed than a resume can replay: reload the chat through REST; live frames continue after {@code cursor}. */
@Serdeable
public record GapPayload(long chatId, long cursor, String reason) {}
