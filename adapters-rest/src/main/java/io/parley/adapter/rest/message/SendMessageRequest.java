package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of a REST send: the text and an optional idempotency key. */
@Serdeable
public record SendMessageRequest(@Nullable String text, @Nullable String clientId) {
}
