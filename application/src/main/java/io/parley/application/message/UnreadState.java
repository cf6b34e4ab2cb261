package io.parley.application.message;

/** The caller's own pointer after a mark unread, their unread count in the chat, and whether the mark moved it. */
public record UnreadState(long readSeq, long unreadCount, boolean moved) {}
