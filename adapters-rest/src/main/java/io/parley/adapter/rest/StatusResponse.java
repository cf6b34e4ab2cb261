package io.parley.adapter.rest;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's bare success answer {@code {"status": "ok"}}. */
@Serdeable
public record StatusResponse(String status) {
    public static final StatusResponse OK = new StatusResponse("ok");
}
