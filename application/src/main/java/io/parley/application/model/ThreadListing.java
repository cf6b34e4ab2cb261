package io.parley.application.model;

/**
 * A thread as a participant lists it: its root (with the thread's summary), the highest {@code thread_seq} they have
 * read there and how many live replies of others lie after it.
 */
public record ThreadListing(AuthoredMessage root, long readThreadSeq, long unreadCount) {}
