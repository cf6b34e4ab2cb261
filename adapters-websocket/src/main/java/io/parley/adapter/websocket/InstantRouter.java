package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.CallNotificationPayload;
import io.parley.adapter.websocket.frame.CallPayload;
import io.parley.adapter.websocket.frame.ChatSettingsPayload;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.frame.ReadPayload;
import io.parley.adapter.websocket.frame.StatusPayload;
import io.parley.adapter.websocket.frame.ThreadReadPayload;
import io.parley.adapter.websocket.frame.TypingPayload;
import io.parley.adapter.websocket.frame.UnreadPayload;
import io.parley.adapter.wire.AuthorJson;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.MarkedUnread;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.event.TypingChanged;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Events a socket shows at once as frames, outside its chat feeds: read receipts, typing, presence, a call's begin
 * and end. The caller has checked that the socket's user is in the event's audience.
 */
@Singleton
final class InstantRouter {
    private final FrameEncoder encoder;

    InstantRouter(FrameEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * A read receipt: the new pointer (only to the reader's own sockets if it came with a send), and a read-by-all
     * to each author whose message everyone has now read.
     */
    void read(Connection connection, ReadPointerMoved read) {
        if (!connection.watches(read.chat())) {
            return;
        }
        AuthorJson reader = new AuthorJson(read.reader().value(), read.readerName());
        boolean pointerReadByAll = read.readByAll().stream().anyMatch(r -> r.messageId() == read.messageId());
        boolean toldPointer = !read.bySending() || connection.user().equals(read.reader());
        if (toldPointer) {
            connection.send(encoder.frame(
                    FrameType.MESSAGE,
                    new ReadPayload(
                            "read",
                            read.messageId(),
                            read.chat().value(),
                            read.seq(),
                            pointerReadByAll,
                            reader,
                            read.at())));
        }
        for (ReadByAll done : read.readByAll()) {
            boolean alreadyTold = toldPointer && done.messageId() == read.messageId();
            if (done.author().equals(connection.user()) && !alreadyTold) {
                connection.send(encoder.frame(
                        FrameType.MESSAGE,
                        new ReadPayload(
                                "read", done.messageId(), read.chat().value(), done.seq(), true, reader, read.at())));
            }
        }
    }

    /** A mark unread, to the reader's own sockets watching the chat. */
    void unread(Connection connection, MarkedUnread unread) {
        if (connection.watches(unread.chat()) && connection.user().equals(unread.reader())) {
            connection.send(encoder.frame(
                    FrameType.MESSAGE,
                    new UnreadPayload(
                            "unread",
                            unread.messageId(),
                            unread.chat().value(),
                            unread.seq(),
                            unread.readSeq(),
                            unread.unreadCount(),
                            new AuthorJson(unread.reader().value(), unread.readerName()),
                            unread.at())));
        }
    }

    /** A move of the user's own read pointer in a thread, to their sockets watching the chat. */
    void threadRead(Connection connection, ThreadReadMoved moved) {
        if (connection.watches(moved.chat()) && connection.user().equals(moved.reader())) {
            connection.send(encoder.frame(
                    FrameType.MESSAGE,
                    new ThreadReadPayload(
                            "thread_read",
                            moved.rootId(),
                            moved.chat().value(),
                            moved.readThreadSeq(),
                            moved.unreadCount(),
                            moved.at())));
        }
    }

    /**
     * A change of the user's own chat settings, to their sockets watching the chat; the socket keeps the mute so its
     * new-message notifications say {@code muted}.
     */
    void settings(Connection connection, ChatSettingsChanged changed) {
        if (connection.watches(changed.chat()) && connection.user().equals(changed.member())) {
            connection.mute(changed.chat(), changed.settings().mute());
            connection.send(encoder.frame(FrameType.MESSAGE, ChatSettingsPayload.of(changed, Instant.now())));
        }
    }

    /** Someone else's typing indicator, to sockets watching the chat. */
    void typing(Connection connection, TypingChanged typing) {
        if (connection.watches(typing.chat()) && !connection.user().equals(typing.typist())) {
            connection.send(encoder.droppable(
                    FrameType.MESSAGE,
                    TypingPayload.of(
                            typing.typing(),
                            typing.chat().value(),
                            new AuthorJson(typing.typist().value(), typing.typistName()),
                            typing.at())));
        }
    }

    /** A call began or ended: a notification on the main socket, a message frame on the chat's socket. */
    void call(Connection connection, CallStateChanged call) {
        if (!connection.watches(call.chat())) {
            return;
        }
        CallPayload payload = CallPayload.of(
                call.started(),
                call.chat().value(),
                call.kind().wireName(),
                new AuthorJson(call.by().value(), call.byName()),
                call.at());
        connection.send(
                connection.isMain()
                        ? encoder.frame(FrameType.NOTIFICATION, new CallNotificationPayload(payload.type(), payload))
                        : encoder.frame(FrameType.MESSAGE, payload));
    }

    /** A contact's presence, to the main socket and to sockets of chats the user is in. */
    void presence(Connection connection, PresenceChanged presence) {
        if (connection.isMain() || presence.chats().contains(connection.scope().id())) {
            connection.send(encoder.frame(
                    FrameType.STATUS,
                    new StatusPayload("status", presence.user().value(), presence.online(), presence.lastSeen())));
        }
    }
}
