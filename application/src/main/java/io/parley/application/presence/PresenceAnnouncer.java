package io.parley.application.presence;

import io.parley.application.event.PresenceChanged;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.domain.user.UserId;
import java.time.Instant;

/** Tells a user's contacts that the user came online or went offline. */
final class PresenceAnnouncer {
    private final ChatRepository chats;
    private final EventPublisher events;

    PresenceAnnouncer(ChatRepository chats, EventPublisher events) {
        this.chats = chats;
        this.events = events;
    }

    void announce(UserId user, boolean online, Instant lastSeen) {
        events.publish(new PresenceChanged(user, online, lastSeen, chats.chatIdsOf(user), chats.contactsOf(user)));
    }
}
