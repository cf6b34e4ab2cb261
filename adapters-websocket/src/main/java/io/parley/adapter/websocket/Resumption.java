package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.AckPayload;
import io.parley.adapter.websocket.frame.ClientFrame;
import io.parley.adapter.websocket.frame.ErrorPayload;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameException;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.application.message.CatchUpQuery;
import io.parley.application.message.CatchUpUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A {@code resume} frame: per listed chat, every change after the client's cursor (or a {@code gap} frame), then an
 * {@code ack} with the cursor the client now stands at. A chat the client cannot see gets an {@code error} frame;
 * the others are still resumed.
 */
@Singleton
final class Resumption {
    /** How many chats one resume frame may list. */
    static final int MAX_CHATS = 1000;

    private final CatchUpUseCase catchUp;
    private final ChatResolver chats;
    private final FrameEncoder encoder;

    Resumption(CatchUpUseCase catchUp, ChatResolver chats, FrameEncoder encoder) {
        this.catchUp = catchUp;
        this.chats = chats;
        this.encoder = encoder;
    }

    void resume(Connection connection, ClientFrame frame) {
        Map<Long, Long> cursors = frame.resume();
        if (cursors == null) {
            throw new FrameException("frame.missing_field", "a resume frame needs chats: {\"<chat id>\": <cursor>}");
        }
        if (cursors.size() > MAX_CHATS) {
            throw new FrameException("frame.too_many_chats", "a resume frame may list at most " + MAX_CHATS + " chats");
        }
        cursors.forEach((chatId, since) -> {
            try {
                resumeOne(connection, chats.resolve(connection, chatId, null, frame.action()), since);
            } catch (DomainException refused) {
                connection.reply(
                        encoder.frame(FrameType.ERROR, ErrorPayload.of(refused, frame.action(), null, chatId)));
            }
        });
    }

    private void resumeOne(Connection connection, ChatAddress chat, long since) {
        ChatFeed feed = connection.feed(chat.id());
        if (feed == null) {
            throw chat.notFound();
        }
        feed.replay(catchUp.catchUp(new CatchUpQuery(connection.user(), chat, since)));
        connection.reply(encoder.frame(
                FrameType.ACK, new AckPayload("resume", null, chat.id().value(), null, null, false, feed.cursor())));
    }
}
