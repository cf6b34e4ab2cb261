package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.wire.AuthorJson;
import io.parley.adapter.websocket.frame.CallNotificationPayload;
import io.parley.adapter.websocket.frame.CallPayload;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.frame.ReadPayload;
import io.parley.adapter.websocket.frame.StatusPayload;
import io.parley.adapter.websocket.frame.TypingPayload;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.Event;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.event.SequencedChatEvent;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.TypingChanged;
import io.parley.application.message.MessageChange;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import jakarta.inject.Singleton;
import io.parley.adapter.websocket.socket.CloseCodes;

/**
 * Decides what one socket shows of one event: message changes go through the chat's feed (in cursor order, each
 * once; a client's own {@code resume} may replay some again),
 * read receipts, typing and presence become frames at once, chat-list changes are handled by {@link ChatListRouter};
 * a logout closes the sockets of the sessions it ended.
 * The caller has checked that the socket's user is in the event's audience.
 */
@Singleton
final class EventRouter {
    private final FrameEncoder encoder;
    private final Feeds feeds;
    private final ChatListRouter chatList;
    private final Terminator terminator;

    EventRouter(FrameEncoder encoder, Feeds feeds, ChatListRouter chatList, Terminator terminator) {
        this.encoder = encoder;
        this.feeds = feeds;
        this.chatList = chatList;
        this.terminator = terminator;
    }

    /** Shows {@code event} on {@code connection}; {@code frames} are the event's shared encodings, if it has any. */
    void route(Connection connection, Event event, ChangeFrames frames) {
        if (event instanceof SequencedChatEvent change) {
            sequenced(connection, change, frames != null ? frames
                    : new ChangeFrames(MessageChange.of(change), encoder));
        } else if (event instanceof ReadPointerMoved read) {
            read(connection, read);
        } else if (event instanceof TypingChanged typing) {
            typing(connection, typing);
        } else if (event instanceof PresenceChanged presence) {
            presence(connection, presence);
        } else if (event instanceof CallStateChanged call) {
            call(connection, call);
        } else if (event instanceof SessionsEnded ended) {
            if (ended.ends(connection.session().orElse(null))) {
                terminator.close(connection, CloseCodes.SESSION_ENDED, "logged out");
            }
        } else {
            chatList.route(connection, event);
        }
    }

    private void sequenced(Connection connection, SequencedChatEvent change, ChangeFrames frames) {
        if (!connection.watches(change.chat())) {
            return;
        }
        ChatFeed feed = connection.feed(change.chat());
        if (feed == null && connection.isMain()) {
            // a chat the socket has not heard of (its membership event is late): follow it from this change on
            feed = feeds.create(connection, new ChatAddress(kindOf(change), change.chat()));
            connection.addFeed(feed);
            feed.start(change.cursor() - 1);
        }
        if (feed != null) {
            feed.offer(frames);
        }
    }

    private static ChatKind kindOf(SequencedChatEvent change) {
        return MessageChange.of(change).chatKind();
    }

    private void read(Connection connection, ReadPointerMoved read) {
        if (!connection.watches(read.chat())) {
            return;
        }
        AuthorJson reader = new AuthorJson(read.reader().value(), read.readerName());
        boolean pointerReadByAll = read.readByAll().stream().anyMatch(r -> r.messageId() == read.messageId());
        boolean toldPointer = !read.bySending() || connection.user().equals(read.reader());
        if (toldPointer) {
            connection.send(encoder.frame(FrameType.MESSAGE, new ReadPayload("read", read.messageId(),
                    read.chat().value(), read.seq(), pointerReadByAll, reader, read.at())));
        }
        for (ReadByAll done : read.readByAll()) {
            boolean alreadyTold = toldPointer && done.messageId() == read.messageId();
            if (done.author().equals(connection.user()) && !alreadyTold) {
                connection.send(encoder.frame(FrameType.MESSAGE, new ReadPayload("read", done.messageId(),
                        read.chat().value(), done.seq(), true, reader, read.at())));
            }
        }
    }

    private void typing(Connection connection, TypingChanged typing) {
        if (connection.watches(typing.chat()) && !connection.user().equals(typing.typist())) {
            connection.send(encoder.droppable(FrameType.MESSAGE, new TypingPayload(
                    typing.typing() ? "typing" : "stop_typing", typing.chat().value(),
                    new AuthorJson(typing.typist().value(), typing.typistName()), typing.at())));
        }
    }

    /** A call began or ended: a notification on the main socket, a message frame on the chat's socket. */
    private void call(Connection connection, CallStateChanged call) {
        if (!connection.watches(call.chat())) {
            return;
        }
        CallPayload payload = new CallPayload(call.started() ? "call" : "call_ended", call.chat().value(),
                call.kind().wireName(), new AuthorJson(call.by().value(), call.byName()), call.at());
        connection.send(connection.isMain()
                ? encoder.frame(FrameType.NOTIFICATION, new CallNotificationPayload(payload.type(), payload))
                : encoder.frame(FrameType.MESSAGE, payload));
    }

    private void presence(Connection connection, PresenceChanged presence) {
        if (connection.isMain() || presence.chats().contains(connection.scope().id())) {
            connection.send(encoder.frame(FrameType.STATUS, new StatusPayload("status", presence.user().value(),
                    presence.online(), presence.lastSeen())));
        }
    }
}
