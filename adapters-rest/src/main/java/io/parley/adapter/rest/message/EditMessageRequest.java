package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PATCH …/messages/{messageId}}: the new text. */
@Serdeable
public record EditMessageRequest(@Nullable String text) {}
