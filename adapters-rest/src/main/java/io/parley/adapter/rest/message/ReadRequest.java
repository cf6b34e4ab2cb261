package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST …/read}: the newest message the caller has read. */
@Serdeable
public record ReadRequest(@Nullable Long messageId) {}
