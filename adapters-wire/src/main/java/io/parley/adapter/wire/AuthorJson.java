package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;

/** Who wrote, read, typed or changed something: seed 000's {@code author {id, name}}. */
@Serdeable
public record AuthorJson(long id, String name) {}
