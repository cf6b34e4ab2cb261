package io.parley.adapter.rest.error;

import io.micronaut.serde.annotation.Serdeable;

/** Every error Parley returns: a stable machine code and a human sentence. */
@Serdeable
public record ErrorBody(String error, String message) {}
