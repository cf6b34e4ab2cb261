package io.parley.adapter.websocket.connection;

import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.domain.chat.ChatId;

/** Where a {@link ChatFeed} puts the changes it releases, in cursor order. */
public interface FeedSink {
    /**
     * The next change of the chat. {@code live} changes came through the fan-out and count against the socket's
     * slow-consumer limit; changes read from storage (at most a catch-up's worth) do not.
     */
    void change(ChangeFrames change, boolean live);

    /** Too much was missed to replay: the client must reload the chat; live changes continue after {@code cursor}. */
    void gap(ChatId chat, long cursor);
}
