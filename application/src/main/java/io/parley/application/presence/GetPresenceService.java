package io.parley.application.presence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.UserNotFoundException;
import java.time.Instant;
import java.util.List;

/** Presence is visible only between users who share a conversation (and to the user themselves). */
public final class GetPresenceService implements GetPresenceUseCase {
    private final PresenceTracker presence;
    private final UserRepository users;
    private final ChatRepository chats;

    public GetPresenceService(PresenceTracker presence, UserRepository users, ChatRepository chats) {
        this.presence = presence;
        this.users = users;
        this.chats = chats;
    }

    @Override
    public PresenceView presence(GetPresenceQuery query) {
        boolean visible = query.actor().equals(query.user()) || chats.shareAChat(query.actor(), query.user());
        if (!visible || users.findById(query.user()).isEmpty()) {
            throw new UserNotFoundException(query.user());
        }
        boolean online = !presence.onlineAmong(List.of(query.user())).isEmpty();
        Instant lastSeen = online ? null : users.lastSeen(List.of(query.user())).get(query.user());
        return new PresenceView(query.user().value(), online, lastSeen);
    }
}
