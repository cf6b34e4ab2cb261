package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/** Who wrote, read, typed or changed something. */
@Serdeable
public record AuthorPayload(long id, String name) {
}
