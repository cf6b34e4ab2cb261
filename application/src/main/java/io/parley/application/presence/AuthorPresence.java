package io.parley.application.presence;

import io.parley.application.model.ChatListItem;
import io.parley.application.model.MessageView;
import io.parley.application.port.PresenceTracker;
import io.parley.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Marks message views with their authors' presence (seed 000's {@code status}), one presence lookup per batch. If
 * presence cannot be read (its store is down) the views go out unmarked, without a status, and the failure is
 * logged: a message is never refused or delayed because presence is unknown.
 */
public final class AuthorPresence {
    private static final System.Logger LOG = System.getLogger(AuthorPresence.class.getName());

    private final PresenceTracker presence;

    public AuthorPresence(PresenceTracker presence) {
        this.presence = presence;
    }

    /** The view with its author's presence, or unchanged when presence cannot be read. */
    public MessageView mark(MessageView view) {
        return mark(List.of(view)).get(0);
    }

    /** The chat list entries with the authors' presence on their newest messages, one lookup for all. */
    public List<ChatListItem> markLastMessages(List<ChatListItem> items) {
        List<MessageView> last = items.stream()
                .map(ChatListItem::lastMessage)
                .filter(Objects::nonNull)
                .toList();
        List<MessageView> marked = mark(last);
        List<ChatListItem> result = new ArrayList<>(items.size());
        int next = 0;
        for (ChatListItem item : items) {
            result.add(item.lastMessage() == null ? item : item.withLastMessage(marked.get(next++)));
        }
        return result;
    }

    /** Whether the user has an open socket now; null when presence cannot be read. */
    public Boolean online(UserId user) {
        Set<UserId> online = onlineAmong(Set.of(user));
        return online == null ? null : online.contains(user);
    }

    /** The view marked with a presence read earlier by {@link #online}; unchanged if that was null. */
    public static MessageView marked(MessageView view, Boolean authorOnline) {
        return authorOnline == null ? view : view.withAuthorOnline(authorOnline);
    }

    /** The views, in order, with their authors' presence, or unchanged when presence cannot be read. */
    public List<MessageView> mark(List<MessageView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Set<UserId> authors = views.stream().map(v -> UserId.of(v.authorId())).collect(Collectors.toSet());
        Set<UserId> online = onlineAmong(authors);
        if (online == null) {
            return views;
        }
        return views.stream()
                .map(v -> v.withAuthorOnline(online.contains(UserId.of(v.authorId()))))
                .toList();
    }

    private Set<UserId> onlineAmong(Set<UserId> users) {
        try {
            return presence.onlineAmong(users);
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "author presence not read, messages go out without status: " + unavailable);
            return null;
        }
    }
}
