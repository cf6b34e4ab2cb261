package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.Event;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MarkedUnread;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageChangesAlike;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.SequencedChatEvent;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.event.TypingChanged;
import io.parley.application.message.MessageChange;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import jakarta.inject.Singleton;

/**
 * Decides what one socket shows of one event: message changes go through the chat's feed (in cursor order, each
 * once; a client's own {@code resume} may replay some again),
 * read receipts, typing, presence and call notices become frames at once ({@link InstantRouter}), chat-list changes
 * are handled by {@link ChatListRouter}; call signals and joins never come here (they are for call sockets only);
 * a logout closes the sockets of the sessions it ended.
 * The caller has checked that the socket's user is in the event's audience.
 */
@Singleton
final class EventRouter {
    private final FrameEncoder encoder;
    private final Feeds feeds;
    private final InstantRouter instant;
    private final ChatListRouter chatList;
    private final Terminator terminator;

    EventRouter(
            FrameEncoder encoder, Feeds feeds, InstantRouter instant, ChatListRouter chatList, Terminator terminator) {
        this.encoder = encoder;
        this.feeds = feeds;
        this.instant = instant;
        this.chatList = chatList;
        this.terminator = terminator;
    }

    /** Shows {@code event} on {@code connection}; {@code frames} are the event's shared encodings, if it has any. */
    void route(Connection connection, Event event, ChangeFrames frames) {
        event.accept(new Routing(connection, frames));
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

    private void ended(Connection connection, SessionsEnded ended) {
        if (ended.ends(connection.session().orElse(null))) {
            terminator.close(connection, CloseCodes.SESSION_ENDED, "logged out");
        }
    }

    /** What one socket does with each kind of event. */
    private final class Routing extends MessageChangesAlike<Void> {
        private final Connection connection;
        private final ChangeFrames frames;

        Routing(Connection connection, ChangeFrames frames) {
            this.connection = connection;
            this.frames = frames;
        }

        @Override
        public Void readPointerMoved(ReadPointerMoved event) {
            instant.read(connection, event);
            return null;
        }

        @Override
        public Void markedUnread(MarkedUnread event) {
            instant.unread(connection, event);
            return null;
        }

        @Override
        public Void threadReadMoved(ThreadReadMoved event) {
            instant.threadRead(connection, event);
            return null;
        }

        @Override
        public Void chatSettingsChanged(ChatSettingsChanged event) {
            instant.settings(connection, event);
            return null;
        }

        @Override
        public Void chatCreated(ChatCreated event) {
            chatList.chatCreated(connection, event);
            return null;
        }

        @Override
        public Void chatDeleted(ChatDeleted event) {
            chatList.chatDeleted(connection, event);
            return null;
        }

        @Override
        public Void membersAdded(MembersAdded event) {
            chatList.membersAdded(connection, event);
            return null;
        }

        @Override
        public Void membersRemoved(MembersRemoved event) {
            chatList.membersRemoved(connection, event);
            return null;
        }

        @Override
        public Void groupChanged(GroupChanged event) {
            chatList.groupChanged(connection, event);
            return null;
        }

        @Override
        public Void typingChanged(TypingChanged event) {
            instant.typing(connection, event);
            return null;
        }

        @Override
        public Void presenceChanged(PresenceChanged event) {
            instant.presence(connection, event);
            return null;
        }

        @Override
        public Void sessionsEnded(SessionsEnded event) {
            ended(connection, event);
            return null;
        }

        /** Ignored: signals are for call sockets only ({@code CallDelivery}), never handed here. */
        @Override
        public Void callSignal(CallSignal event) {
            return null;
        }

        /** Ignored: joins and leaves are for call sockets only ({@code CallDelivery}), never handed here. */
        @Override
        public Void callMembershipChanged(CallMembershipChanged event) {
            return null;
        }

        @Override
        public Void callStateChanged(CallStateChanged event) {
            instant.call(connection, event);
            return null;
        }

        @Override
        protected Void change(SequencedChatEvent change) {
            sequenced(
                    connection, change, frames != null ? frames : new ChangeFrames(MessageChange.of(change), encoder));
            return null;
        }
    }
}
