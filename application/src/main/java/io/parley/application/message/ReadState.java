package io.parley.application.message;

/** The reader's pointer after a read: the highest seq read, and whether this read moved it. */
public record ReadState(long readSeq, boolean moved) {}
