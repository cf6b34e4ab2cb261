package io.parley.application.presence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.PresenceTracker;

/** Announces a user as online when their first socket opens anywhere. */
public final class GoOnlineService implements GoOnlineUseCase {
    private final PresenceTracker presence;
    private final PresenceAnnouncer announcer;

    public GoOnlineService(PresenceTracker presence, ChatRepository chats, EventPublisher events) {
        this.presence = presence;
        this.announcer = new PresenceAnnouncer(chats, events);
    }

    @Override
    public void goOnline(GoOnlineCommand command) {
        if (presence.opened(command.user())) {
            announcer.announce(command.user(), true, null);
        }
    }
}
