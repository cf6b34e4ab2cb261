package io.parley.adapter.rest.thread;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST …/threads/{rootId}/read}: the newest reply read (absent: the thread's newest). */
@Serdeable
public record ThreadReadRequest(@Nullable Long threadSeq) {}
