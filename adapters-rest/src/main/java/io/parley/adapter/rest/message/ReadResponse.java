package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;

/** The caller's read pointer after a read: the highest seq read. */
@Serdeable
public record ReadResponse(String status, long readSeq) {}
