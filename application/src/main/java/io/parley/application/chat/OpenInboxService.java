package io.parley.application.chat;

import io.parley.application.model.CallParticipant;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.MessageView;
import io.parley.application.model.OngoingCall;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.ServiceUnavailableException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the chat list, the newest unread messages, the online contacts and the calls going on for a connecting main
 * socket.
 */
public final class OpenInboxService implements OpenInboxUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final PresenceTracker presence;
    private final AuthorPresence authors;
    private final CallRoster calls;

    public OpenInboxService(
            ChatRepository chats, MessageRepository messages, PresenceTracker presence, CallRoster calls) {
        this.chats = chats;
        this.messages = messages;
        this.presence = presence;
        this.authors = new AuthorPresence(presence);
        this.calls = calls;
    }

    @Override
    public Inbox open(OpenInboxQuery query) {
        List<ChatListItem> list = authors.markLastMessages(chats.listFor(query.actor(), "", Inbox.MAX_CHATS, 0));
        // the reader has not read these, so none of them is read by everyone
        List<MessageView> unread =
                authors.mark(oldestFirst(messages.newestUnread(query.actor(), Inbox.MAX_UNREAD).stream()
                        .map(u -> MessageView.of(
                                u.message().message(),
                                u.message().authorName(),
                                u.kind(),
                                false,
                                u.message().files()))
                        .toList()));
        List<UserId> contacts = chats.contactsOf(query.actor());
        List<UserId> online = unlessUnavailable(() -> presence.onlineAmong(contacts), Set.<UserId>of()).stream()
                .sorted(Comparator.comparingLong(UserId::value))
                .toList();
        Map<ChatId, ChatKind> kinds =
                list.stream().collect(Collectors.toMap(item -> ChatId.of(item.id()), ChatListItem::kind, (a, b) -> a));
        List<OngoingCall> ongoing =
                unlessUnavailable(() -> calls.ongoing(kinds.keySet()), Map.<ChatId, List<CallParticipant>>of())
                        .entrySet()
                        .stream()
                        .map(call -> new OngoingCall(call.getKey(), kinds.get(call.getKey()), call.getValue()))
                        .sorted(Comparator.comparingLong(call -> call.chat().value()))
                        .toList();
        return new Inbox(list, unread, online, ongoing);
    }

    /**
     * What {@code read} returns, or {@code unknown} while its store is unavailable: an inbox opens without presence
     * or calls rather than not at all (docs/operations.md).
     */
    private static <T> T unlessUnavailable(Supplier<T> read, T unknown) {
        try {
            return read.get();
        } catch (ServiceUnavailableException e) {
            return unknown;
        }
    }

    /**
     * Oldest first across chats, each chat's messages in seq order: a message is placed at the latest time of its
     * chat up to its seq, which is its own time since times are taken under the chat's lock, and keeps messages
     * stored before that rule in seq order too.
     */
    private static List<MessageView> oldestFirst(List<MessageView> unread) {
        Map<Long, Instant> reached = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        unread.stream()
                .sorted(Comparator.comparingLong(MessageView::chatId).thenComparingLong(MessageView::seq))
                .forEach(
                        m -> placed.add(new Placed(reached.merge(m.chatId(), m.sentAt(), OpenInboxService::later), m)));
        return placed.stream()
                .sorted(Comparator.comparing(Placed::at)
                        .thenComparingLong(p -> p.message().chatId())
                        .thenComparingLong(p -> p.message().seq()))
                .map(Placed::message)
                .toList();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private record Placed(Instant at, MessageView message) {}
}
