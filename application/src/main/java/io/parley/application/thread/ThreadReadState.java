package io.parley.application.thread;

/** A participant's read state in a thread: the highest {@code thread_seq} read and the unread replies of others. */
public record ThreadReadState(long readThreadSeq, long unreadCount) {}
