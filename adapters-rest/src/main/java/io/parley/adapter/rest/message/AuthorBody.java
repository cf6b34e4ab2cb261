package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;

/** Who wrote a message: seed 000's {@code author {id, name}}. */
@Serdeable
public record AuthorBody(long id, String name) {
}
