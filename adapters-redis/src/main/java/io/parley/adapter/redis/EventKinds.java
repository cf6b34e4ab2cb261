package io.parley.adapter.redis;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.Event;
import io.parley.application.event.EventVisitor;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MarkedUnread;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageDeleted;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.MessageSent;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.event.TypingChanged;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fixed table between event classes and their names on the wire; a received name outside it is rejected, so
 * input never chooses a class to load. The names are part of the protocol between nodes: never rename one. Every
 * event kind has an entry: {@link #KIND_OF} must say which, or this does not compile.
 */
final class EventKinds {
    private static final Map<String, Kind> BY_NAME =
            Arrays.stream(Kind.values()).collect(Collectors.toUnmodifiableMap(Kind::wireName, Function.identity()));

    private static final EventVisitor<Kind> KIND_OF = new EventVisitor<>() {
        @Override
        public Kind messageSent(MessageSent event) {
            return Kind.MESSAGE_SENT;
        }

        @Override
        public Kind messageEdited(MessageEdited event) {
            return Kind.MESSAGE_EDITED;
        }

        @Override
        public Kind messageDeleted(MessageDeleted event) {
            return Kind.MESSAGE_DELETED;
        }

        @Override
        public Kind readPointerMoved(ReadPointerMoved event) {
            return Kind.READ_POINTER_MOVED;
        }

        @Override
        public Kind markedUnread(MarkedUnread event) {
            return Kind.MARKED_UNREAD;
        }

        @Override
        public Kind threadReadMoved(ThreadReadMoved event) {
            return Kind.THREAD_READ_MOVED;
        }

        @Override
        public Kind chatSettingsChanged(ChatSettingsChanged event) {
            return Kind.CHAT_SETTINGS_CHANGED;
        }

        @Override
        public Kind chatCreated(ChatCreated event) {
            return Kind.CHAT_CREATED;
        }

        @Override
        public Kind chatDeleted(ChatDeleted event) {
            return Kind.CHAT_DELETED;
        }

        @Override
        public Kind membersAdded(MembersAdded event) {
            return Kind.MEMBERS_ADDED;
        }

        @Override
        public Kind membersRemoved(MembersRemoved event) {
            return Kind.MEMBERS_REMOVED;
        }

        @Override
        public Kind groupChanged(GroupChanged event) {
            return Kind.GROUP_CHANGED;
        }

        @Override
        public Kind typingChanged(TypingChanged event) {
            return Kind.TYPING_CHANGED;
        }

        @Override
        public Kind presenceChanged(PresenceChanged event) {
            return Kind.PRESENCE_CHANGED;
        }

        @Override
        public Kind sessionsEnded(SessionsEnded event) {
            return Kind.SESSIONS_ENDED;
        }

        @Override
        public Kind callSignal(CallSignal event) {
            return Kind.CALL_SIGNAL;
        }

        @Override
        public Kind callMembershipChanged(CallMembershipChanged event) {
            return Kind.CALL_MEMBERSHIP_CHANGED;
        }

        @Override
        public Kind callStateChanged(CallStateChanged event) {
            return Kind.CALL_STATE_CHANGED;
        }
    };

    private EventKinds() {}

    /** The wire name of the event's kind; fails if the table gives its kind the class of another. */
    static String nameOf(Event event) {
        Kind kind = event.accept(KIND_OF);
        if (kind.type() != event.getClass()) {
            throw new IllegalStateException("wire kind " + kind.wireName() + " is not for event class "
                    + event.getClass().getName());
        }
        return kind.wireName();
    }

    /** The event class named {@code name} on the wire, if there is one. */
    static Optional<Class<? extends Event>> classNamed(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(Kind::type);
    }

    /** Every event class in the table. */
    static Iterable<Class<? extends Event>> classes() {
        return Arrays.stream(Kind.values())
                .<Class<? extends Event>>map(Kind::type)
                .toList();
    }

    /** One kind of event on the wire: its name there and its class here. */
    private enum Kind {
        MESSAGE_SENT("message_sent", MessageSent.class),
        MESSAGE_EDITED("message_edited", MessageEdited.class),
        MESSAGE_DELETED("message_deleted", MessageDeleted.class),
        READ_POINTER_MOVED("read_pointer_moved", ReadPointerMoved.class),
        MARKED_UNREAD("marked_unread", MarkedUnread.class),
        THREAD_READ_MOVED("thread_read_moved", ThreadReadMoved.class),
        CHAT_SETTINGS_CHANGED("chat_settings_changed", ChatSettingsChanged.class),
        CHAT_CREATED("chat_created", ChatCreated.class),
        CHAT_DELETED("chat_deleted", ChatDeleted.class),
        MEMBERS_ADDED("members_added", MembersAdded.class),
        MEMBERS_REMOVED("members_removed", MembersRemoved.class),
        GROUP_CHANGED("group_changed", GroupChanged.class),
        TYPING_CHANGED("typing_changed", TypingChanged.class),
        PRESENCE_CHANGED("presence_changed", PresenceChanged.class),
        SESSIONS_ENDED("sessions_ended", SessionsEnded.class),
        CALL_SIGNAL("call_signal", CallSignal.class),
        CALL_MEMBERSHIP_CHANGED("call_membership_changed", CallMembershipChanged.class),
        CALL_STATE_CHANGED("call_state_changed", CallStateChanged.class);

        private final String wireName;
        private final Class<? extends Event> type;

        Kind(String wireName, Class<? extends Event> type) {
            this.wireName = wireName;
            this.type = type;
        }

        String wireName() {
            return wireName;
        }

        Class<? extends Event> type() {
            return type;
        }
    }
}
