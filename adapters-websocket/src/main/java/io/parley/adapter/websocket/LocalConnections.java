package io.parley.adapter.websocket;

import io.parley.adapter.websocket.call.CallDelivery;
import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
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
import io.parley.application.port.ConnectedClients;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;

/**
 * This node's sockets as the fan-out sees them: an event goes to the sockets of the users in its audience only, and
 * each socket decides what of it to show. Delivery only queues frames; it never waits for a socket.
 */
@Singleton
public final class LocalConnections implements ConnectedClients {
    private final ConnectionRegistry registry;
    private final EventRouter router;
    private final FrameEncoder encoder;
    private final CallDelivery calls;
    private final FanOut fanOut = new FanOut();

    LocalConnections(ConnectionRegistry registry, EventRouter router, FrameEncoder encoder, CallDelivery calls) {
        this.registry = registry;
        this.router = router;
        this.encoder = encoder;
        this.calls = calls;
    }

    @Override
    public void deliver(Event event) {
        event.accept(fanOut);
    }

    @Override
    public void resynchronize() {
        for (Connection connection : registry.all()) {
            connection.feeds().forEach(ChatFeed::resynchronize);
        }
    }

    /** How many sockets are open on this node. */
    public int size() {
        return registry.all().size();
    }

    /** Hands {@code event} to the sockets of its audience; {@code frames} are its shared encodings, if it has any. */
    private void toSockets(Event event, ChangeFrames frames) {
        for (UserId user : event.audience()) {
            for (Connection connection : registry.of(user)) {
                connection.deliver(event, e -> router.route(connection, e, frames));
            }
        }
    }

    /** Where each kind of event goes on this node: call sockets, the audience's other sockets, or both. */
    private final class FanOut extends MessageChangesAlike<Void> {
        /** A message change is encoded once for all sockets. */
        @Override
        protected Void change(SequencedChatEvent change) {
            toSockets(change, new ChangeFrames(MessageChange.of(change), encoder));
            return null;
        }

        @Override
        public Void readPointerMoved(ReadPointerMoved event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void markedUnread(MarkedUnread event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void threadReadMoved(ThreadReadMoved event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void chatSettingsChanged(ChatSettingsChanged event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void chatCreated(ChatCreated event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void chatDeleted(ChatDeleted event) {
            calls.chatDeleted(event);
            toSockets(event, null);
            return null;
        }

        @Override
        public Void membersAdded(MembersAdded event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void membersRemoved(MembersRemoved event) {
            calls.membersRemoved(event);
            toSockets(event, null);
            return null;
        }

        @Override
        public Void groupChanged(GroupChanged event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void typingChanged(TypingChanged event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void presenceChanged(PresenceChanged event) {
            toSockets(event, null);
            return null;
        }

        @Override
        public Void sessionsEnded(SessionsEnded event) {
            calls.sessionsEnded(event);
            toSockets(event, null);
            return null;
        }

        /** Only for the call sockets. */
        @Override
        public Void callSignal(CallSignal event) {
            calls.signal(event);
            return null;
        }

        /** Only for the call sockets. */
        @Override
        public Void callMembershipChanged(CallMembershipChanged event) {
            calls.membershipChanged(event);
            return null;
        }

        /** Not for the call sockets: the chat's members are told on their main and chat sockets. */
        @Override
        public Void callStateChanged(CallStateChanged event) {
            toSockets(event, null);
            return null;
        }
    }
}
