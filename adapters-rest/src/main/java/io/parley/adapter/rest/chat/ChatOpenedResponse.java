package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's {@code {"status": "ok", "chat": {"id": …}}}. */
@Serdeable
public record ChatOpenedResponse(String status, ChatRef chat) {}
