package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;

/** The chat a {@code POST /api/v1/chat/{userId}} opened or found; {@code created} is false for an existing one. */
@Serdeable
public record ChatRef(long id, String name, boolean created) {}
