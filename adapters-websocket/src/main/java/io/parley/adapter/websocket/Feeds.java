package io.parley.adapter.websocket;

import io.micronaut.scheduling.TaskExecutors;
import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.connection.FeedFiller;
import io.parley.adapter.websocket.connection.FeedSink;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.Frame;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.frame.GapPayload;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import io.parley.application.message.CatchUpQuery;
import io.parley.application.message.CatchUpUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the per-chat feeds of sockets: released changes go to the socket's queue, holes are filled from storage. */
@Singleton
final class Feeds {
    private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);
    private static final String RELOAD = "more changed than can be replayed; reload the chat through the REST history";

    private final CatchUpUseCase catchUp;
    private final FrameEncoder encoder;
    private final ExecutorService blocking;
    private final ScheduledExecutorService timers;
    private final WebSocketSettings settings;

    Feeds(
            CatchUpUseCase catchUp,
            FrameEncoder encoder,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            @Named(SocketTimers.NAME) ScheduledExecutorService timers,
            WebSocketSettings settings) {
        this.catchUp = catchUp;
        this.encoder = encoder;
        this.blocking = blocking;
        this.timers = timers;
        this.settings = settings;
    }

    /** A new, not yet started feed of {@code chat} for the socket. */
    ChatFeed create(Connection connection, ChatAddress chat) {
        FeedSink sink = new FeedSink() {
            @Override
            public void change(ChangeFrames change, boolean live) {
                boolean muted = connection.isMain() && connection.mutedAt(chat.id(), Instant.now());
                if (live) {
                    connection.send(
                            change.frame(connection.isMain(), connection.user().value(), muted));
                } else {
                    connection.reply(
                            change.frame(connection.isMain(), connection.user().value(), muted));
                }
            }

            @Override
            public void gap(ChatId gapChat, long cursor) {
                connection.send(gapFrame(gapChat, cursor));
            }
        };
        FeedFiller filler = (feed, since) -> blocking.execute(() -> fill(connection, feed, since));
        return new ChatFeed(chat, sink, filler, encoder, timers, settings.holeTimeout());
    }

    /** The frame telling a client to reload a chat. */
    Frame gapFrame(ChatId chat, long cursor) {
        return encoder.frame(FrameType.GAP, new GapPayload(chat.value(), cursor, RELOAD));
    }

    private void fill(Connection connection, ChatFeed feed, long since) {
        try {
            feed.filled(catchUp.catchUp(new CatchUpQuery(connection.user(), feed.chat(), since)));
        } catch (ChatNotFoundException gone) {
            // no longer a member: the membership event closes or updates the socket; nothing to fill
            feed.stop();
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not read the changes of chat {} after {}; retrying",
                    feed.chat().id(),
                    since,
                    e);
            feed.fillFailed();
        }
    }
}
