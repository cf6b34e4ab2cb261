package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A client action was refused; {@code error} is the same stable code the REST API uses. The socket stays open. */
@Serdeable
public record ErrorPayload(String error, String message, @Nullable String action, @Nullable String clientId,
                           @Nullable Long chatId) {
}
