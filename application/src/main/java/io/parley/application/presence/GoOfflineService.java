package io.parley.application.presence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.UserRepository;
import java.time.Instant;

/** Stores {@code last_seen} and announces the user offline when their last socket closes. */
public final class GoOfflineService implements GoOfflineUseCase {
    private final PresenceTracker presence;
    private final UserRepository users;
    private final PresenceAnnouncer announcer;
    private final Clock clock;

    public GoOfflineService(
            PresenceTracker presence, UserRepository users, ChatRepository chats, EventPublisher events, Clock clock) {
        this.presence = presence;
        this.users = users;
        this.announcer = new PresenceAnnouncer(chats, events);
        this.clock = clock;
    }

    @Override
    public void goOffline(GoOfflineCommand command) {
        if (presence.closed(command.user())) {
            Instant now = clock.now();
            users.recordLastSeen(command.user(), now);
            announcer.announce(command.user(), false, now);
        }
    }
}
