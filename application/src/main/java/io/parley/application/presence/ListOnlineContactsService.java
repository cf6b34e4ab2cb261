package io.parley.application.presence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.UserRepository;
import io.parley.application.profile.UserView;
import java.util.Comparator;
import java.util.List;

/** Contacts (users sharing a conversation) who are online, ordered by username; e-mails are not shown. */
public final class ListOnlineContactsService implements ListOnlineContactsUseCase {
    private final PresenceTracker presence;
    private final UserRepository users;
    private final ChatRepository chats;

    public ListOnlineContactsService(PresenceTracker presence, UserRepository users, ChatRepository chats) {
        this.presence = presence;
        this.users = users;
        this.chats = chats;
    }

    @Override
    public List<UserView> online(ListOnlineContactsQuery query) {
        return users.findByIds(presence.onlineAmong(chats.contactsOf(query.actor()))).stream()
                .map(UserView::of)
                .map(v -> new UserView(v.id(), v.username(), v.name(), v.description(), null, v.createdAt()))
                .sorted(Comparator.comparing(UserView::username))
                .toList();
    }
}
