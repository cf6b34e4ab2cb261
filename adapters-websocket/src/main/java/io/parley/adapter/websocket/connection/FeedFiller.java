package io.parley.adapter.websocket.connection;

/** Reads from storage what a feed is missing; runs off the calling thread and answers through the feed. */
public interface FeedFiller {
    /** Reads the changes of the feed's chat after {@code since} and hands them to {@link ChatFeed#filled}. */
    void fill(ChatFeed feed, long since);
}
