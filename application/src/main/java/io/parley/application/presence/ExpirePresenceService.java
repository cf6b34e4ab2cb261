package io.parley.application.presence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.PresenceTracker.ExpiredPresence;
import io.parley.application.port.UserRepository;
import java.util.List;

/** Heartbeats this node's presence and announces the users of silent nodes offline, with their last known time. */
public final class ExpirePresenceService implements ExpirePresenceUseCase {
    private final PresenceTracker presence;
    private final UserRepository users;
    private final PresenceAnnouncer announcer;

    public ExpirePresenceService(
            PresenceTracker presence, UserRepository users, ChatRepository chats, EventPublisher events) {
        this.presence = presence;
        this.users = users;
        this.announcer = new PresenceAnnouncer(chats, events);
    }

    @Override
    public int expire() {
        presence.heartbeat();
        List<ExpiredPresence> expired = presence.takeExpired();
        for (ExpiredPresence gone : expired) {
            users.recordLastSeen(gone.user(), gone.lastSeen());
            announcer.announce(gone.user(), false, gone.lastSeen());
        }
        return expired.size();
    }
}
