package io.parley.application.port;

/** Where a conversation stands: its last message seq and its change cursor (both 0 before the first message). */
public record ChatPosition(long lastSeq, long cursor) {}
