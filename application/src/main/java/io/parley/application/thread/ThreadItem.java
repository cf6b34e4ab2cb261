package io.parley.application.thread;

import io.parley.application.model.MessageView;

/**
 * A thread in a participant's list: its root as they see it (with the thread's summary), the highest
 * {@code thread_seq} they have read there and how many live replies of others lie after it.
 */
public record ThreadItem(MessageView root, long readThreadSeq, long unreadCount) {}
