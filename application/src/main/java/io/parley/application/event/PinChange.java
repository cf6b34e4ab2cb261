package io.parley.application.event;

/** What a pin change was: {@code userId} pinned ({@code pinned}) or unpinned the message. */
public record PinChange(long userId, boolean pinned) {}
