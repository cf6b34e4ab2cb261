package io.parley.adapter.redis;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.Event;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageDeleted;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.MessageSent;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.TypingChanged;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed table between event classes and their names on the wire; a received name outside it is rejected, so
 * input never chooses a class to load. The names are part of the protocol between nodes: never rename one.
 */
final class EventKinds {
    private static final Map<String, Class<? extends Event>> BY_NAME = Map.ofEntries(
            Map.entry("message_sent", MessageSent.class),
            Map.entry("message_edited", MessageEdited.class),
            Map.entry("message_deleted", MessageDeleted.class),
            Map.entry("read_pointer_moved", ReadPointerMoved.class),
            Map.entry("chat_created", ChatCreated.class),
            Map.entry("chat_deleted", ChatDeleted.class),
            Map.entry("members_added", MembersAdded.class),
            Map.entry("members_removed", MembersRemoved.class),
            Map.entry("group_changed", GroupChanged.class),
            Map.entry("typing_changed", TypingChanged.class),
            Map.entry("presence_changed", PresenceChanged.class),
            Map.entry("sessions_ended", SessionsEnded.class),
            Map.entry("call_signal", CallSignal.class),
            Map.entry("call_membership_changed", CallMembershipChanged.class),
            Map.entry("call_state_changed", CallStateChanged.class));
    private static final Map<Class<? extends Event>, String> BY_CLASS = invert(BY_NAME);

    private EventKinds() {
    }

    /** The wire name of the event's class; fails for a class missing from the table (a new event kind). */
    static String nameOf(Event event) {
        String name = BY_CLASS.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("no wire name for event class " + event.getClass().getName());
        }
        return name;
    }

    /** The event class named {@code name} on the wire, if there is one. */
    static Optional<Class<? extends Event>> classNamed(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every event class in the table. */
    static Iterable<Class<? extends Event>> classes() {
        return BY_CLASS.keySet();
    }

    private static Map<Class<? extends Event>, String> invert(Map<String, Class<? extends Event>> byName) {
        Map<Class<? extends Event>, String> byClass = new HashMap<>();
        byName.forEach((name, type) -> byClass.put(type, name));
        return Map.copyOf(byClass);
    }
}
