package io.parley.application.event;

/** What a reaction change was: {@code userId} added ({@code added}) or removed {@code emoji}. */
public record ReactionChange(long userId, String emoji, boolean added) {}
