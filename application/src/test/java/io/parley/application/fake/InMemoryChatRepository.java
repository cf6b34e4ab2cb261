package io.parley.application.fake;

import io.parley.application.fake.ConversationState.Conversation;
import io.parley.application.fake.ConversationState.Seat;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.MessageView;
import io.parley.application.model.ParticipantView;
import io.parley.application.port.ChatPosition;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageAudience;
import io.parley.application.port.MessageSlot;
import io.parley.application.port.PrivateChatExistsException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.Member;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The {@link ChatRepository} side of {@link InMemoryConversationStore}. */
final class InMemoryChatRepository implements ChatRepository {
    private final ConversationState state;
    /** Own pointers of members who marked a chat unread, by (chat, user); the others read at their receipt. */
    private final Map<List<Object>, Long> ownPointers = new HashMap<>();

    private final Map<List<Object>, ChatSettings> settings = new HashMap<>();

    InMemoryChatRepository(ConversationState state) {
        this.state = state;
    }

    @Override
    public ChatId nextChatId() {
        return ChatId.of(state.chatIds.incrementAndGet());
    }

    @Override
    public void addPrivate(PrivateChat chat) {
        synchronized (state) {
            List<UserId> pair = chat.pair();
            if (findPrivateBetween(pair.get(0), pair.get(1)).isPresent()) {
                throw new PrivateChatExistsException();
            }
            Map<UserId, Seat> seats = new HashMap<>();
            pair.forEach(u -> seats.put(u, new Seat(u, MemberRole.MEMBER, chat.createdAt(), 0)));
            insert(new Conversation(
                    chat.id(), ChatKind.PRIVATE, chat, null, chat.createdAt(), 0, 0, chat.createdAt(), seats));
        }
    }

    @Override
    public Optional<PrivateChat> findPrivateBetween(UserId one, UserId other) {
        if (one.equals(other)) {
            return Optional.empty();
        }
        synchronized (state) {
            return state.conversations.values().stream()
                    .filter(c -> c.kind() == ChatKind.PRIVATE
                            && Set.copyOf(c.privateChat().pair()).equals(Set.of(one, other)))
                    .map(Conversation::privateChat)
                    .findFirst();
        }
    }

    @Override
    public Optional<PrivateChat> findPrivate(ChatId id) {
        synchronized (state) {
            return state.conversation(id)
                    .filter(c -> c.kind() == ChatKind.PRIVATE)
                    .map(Conversation::privateChat);
        }
    }

    @Override
    public void addGroup(Group group) {
        synchronized (state) {
            Map<UserId, Seat> seats = new HashMap<>();
            group.members().forEach(m -> seats.put(m.user(), new Seat(m.user(), m.role(), m.joinedAt(), 0)));
            insert(new Conversation(
                    group.id(), ChatKind.GROUP, null, group, group.createdAt(), 0, 0, group.createdAt(), seats));
        }
    }

    @Override
    public Optional<Group> findGroup(ChatId id) {
        synchronized (state) {
            return state.conversation(id)
                    .filter(c -> c.kind() == ChatKind.GROUP)
                    .map(Conversation::group);
        }
    }

    @Override
    public Optional<Group> findGroupForUpdate(ChatId id) {
        return findGroup(id);
    }

    @Override
    public void updateGroup(Group group) {
        synchronized (state) {
            Conversation before = state.conversation(group.id())
                    .filter(c -> c.kind() == ChatKind.GROUP)
                    .orElseThrow(() -> new IllegalStateException("no group " + group.id()));
            Map<UserId, Seat> seats = new HashMap<>();
            for (Member m : group.members()) {
                Seat old = before.seats().get(m.user());
                // a newcomer starts with the history so far counted as read
                long readSeq = old != null ? old.readSeq() : before.lastSeq();
                seats.put(m.user(), new Seat(m.user(), m.role(), m.joinedAt(), readSeq));
            }
            state.conversations.put(group.id(), before.withGroup(group, seats));
        }
    }

    @Override
    public void delete(ChatId id) {
        synchronized (state) {
            state.conversations.remove(id);
            state.messages.values().removeIf(m -> m.chat().equals(id));
        }
    }

    @Override
    public Optional<Membership> findMembership(ChatAddress address, UserId user) {
        synchronized (state) {
            return state.conversation(address.id())
                    .filter(c -> c.kind() == address.kind())
                    .flatMap(c -> Optional.ofNullable(c.seats().get(user))
                            .map(seat -> new Membership(c.id(), c.kind(), user, seat.role())));
        }
    }

    @Override
    public List<ParticipantView> participants(ChatId id) {
        synchronized (state) {
            return state.seatsOf(id)
                    .map(seat -> {
                        User user = state.user(seat.user());
                        return new ParticipantView(
                                user.id().value(),
                                user.username().value(),
                                user.name().value(),
                                seat.role(),
                                seat.joinedAt());
                    })
                    .toList();
        }
    }

    @Override
    public List<UserId> memberIds(ChatId id) {
        synchronized (state) {
            return state.seatsOf(id).map(Seat::user).toList();
        }
    }

    @Override
    public Optional<MessageSlot> nextSeq(ChatId id, Instant at) {
        synchronized (state) {
            if (state.conversation(id).isEmpty()) {
                return Optional.empty();
            }
            Conversation before = existing(id);
            // as under the database's row lock: a message is never stamped earlier than the latest activity
            Instant time = at.isBefore(before.lastActivityAt()) ? before.lastActivityAt() : at;
            Conversation c = before.withSeq(before.lastSeq() + 1, time);
            state.conversations.put(id, c);
            return Optional.of(new MessageSlot(
                    MessageId.of(state.messageIds.incrementAndGet()), c.lastSeq(), c.lastChange(), time));
        }
    }

    @Override
    public long nextChange(ChatId id) {
        synchronized (state) {
            Conversation c = existing(id).withChange();
            state.conversations.put(id, c);
            return c.lastChange();
        }
    }

    @Override
    public ChatPosition position(ChatId id) {
        synchronized (state) {
            return state.conversation(id)
                    .map(c -> new ChatPosition(c.lastSeq(), c.lastChange()))
                    .orElse(new ChatPosition(0, 0));
        }
    }

    @Override
    public OptionalLong advanceReadPointer(ChatId chat, UserId reader, long seq) {
        synchronized (state) {
            Optional<Conversation> found = state.conversation(chat);
            Seat seat = found.map(c -> c.seats().get(reader)).orElse(null);
            if (seat == null || seq <= seat.readSeq()) {
                return OptionalLong.empty();
            }
            Map<UserId, Seat> seats = new HashMap<>(found.get().seats());
            seats.put(reader, seat.reading(seq));
            state.conversations.put(chat, found.get().withSeats(seats));
            ownPointers.remove(List.of(chat, reader));
            return OptionalLong.of(seat.readSeq());
        }
    }

    @Override
    public Optional<ReadPosition> readPositionForUpdate(ChatId chat, UserId reader) {
        synchronized (state) {
            return state.conversation(chat)
                    .map(c -> c.seats().get(reader))
                    .map(seat -> new ReadPosition(
                            seat.readSeq(), ownPointers.getOrDefault(List.of(chat, reader), seat.readSeq())));
        }
    }

    @Override
    public void saveReadPosition(ChatId chat, UserId reader, ReadPosition position) {
        synchronized (state) {
            Conversation found = existing(chat);
            Map<UserId, Seat> seats = new HashMap<>(found.seats());
            seats.put(reader, seats.get(reader).reading(position.receiptSeq()));
            state.conversations.put(chat, found.withSeats(seats));
            if (position.markedUnread()) {
                ownPointers.put(List.of(chat, reader), position.ownSeq());
            } else {
                ownPointers.remove(List.of(chat, reader));
            }
        }
    }

    @Override
    public long unreadCount(ChatId chat, UserId reader) {
        synchronized (state) {
            long own = readPointer(chat, reader);
            return state.liveIn(chat)
                    .filter(m -> m.seq() > own && !m.author().equals(reader))
                    .count();
        }
    }

    @Override
    public List<ChatId> chatIdsOf(UserId user) {
        synchronized (state) {
            return state.conversations.values().stream()
                    .filter(c -> c.seats().containsKey(user))
                    .map(Conversation::id)
                    .sorted(Comparator.comparingLong(ChatId::value))
                    .toList();
        }
    }

    @Override
    public List<UserId> contactsOf(UserId user) {
        synchronized (state) {
            return state.conversations.values().stream()
                    .filter(c -> c.seats().containsKey(user))
                    .flatMap(c -> c.seats().keySet().stream())
                    .filter(u -> !u.equals(user))
                    .distinct()
                    .sorted(Comparator.comparingLong(UserId::value))
                    .toList();
        }
    }

    @Override
    public boolean shareAChat(UserId one, UserId other) {
        synchronized (state) {
            return state.conversations.values().stream()
                    .anyMatch(c -> c.seats().containsKey(one) && c.seats().containsKey(other));
        }
    }

    @Override
    public long readPointer(ChatId chat, UserId reader) {
        synchronized (state) {
            return state.conversation(chat)
                    .map(c -> c.seats().get(reader))
                    .map(seat -> ownPointers.getOrDefault(List.of(chat, reader), seat.readSeq()))
                    .orElse(0L);
        }
    }

    @Override
    public ReadHorizon readHorizon(ChatId chat) {
        synchronized (state) {
            return state.horizon(chat);
        }
    }

    @Override
    public Optional<ChatSettings> settingsForUpdate(ChatId chat, UserId member) {
        synchronized (state) {
            return state.conversation(chat)
                    .filter(c -> c.seats().containsKey(member))
                    .map(c -> settings.getOrDefault(List.of(chat, member), ChatSettings.DEFAULT));
        }
    }

    @Override
    public void saveSettings(ChatId chat, UserId member, ChatSettings changed) {
        synchronized (state) {
            settings.put(List.of(chat, member), changed);
        }
    }

    @Override
    public MessageAudience messageAudience(ChatId chat, UserId author, Instant at) {
        synchronized (state) {
            List<UserId> back = new ArrayList<>();
            for (UserId member : existing(chat).seats().keySet()) {
                ChatSettings before = settings.getOrDefault(List.of(chat, member), ChatSettings.DEFAULT);
                ChatSettings after = before.afterMessage(member, author, at);
                if (!after.equals(before)) {
                    settings.put(List.of(chat, member), after);
                    back.add(member);
                }
            }
            back.sort(Comparator.comparingLong(UserId::value));
            return new MessageAudience(memberIds(chat), back);
        }
    }

    @Override
    public List<ChatListItem> listFor(
            UserId user, String nameContains, Boolean archived, ChatListPosition after, int limit, long offset) {
        String needle = nameContains == null ? "" : nameContains.toLowerCase(Locale.ROOT);
        synchronized (state) {
            return state.conversations.values().stream()
                    .filter(c -> c.seats().containsKey(user))
                    .map(c -> listItem(c, user))
                    .filter(item -> item.name().toLowerCase(Locale.ROOT).contains(needle))
                    .filter(item -> after == null || isAfter(item, after))
                    .filter(item -> archived == null || item.settings().archived() == archived)
                    .sorted(Comparator.comparing(ChatListItem::lastActivityAt)
                            .reversed()
                            .thenComparing(
                                    Comparator.comparingLong(ChatListItem::id).reversed()))
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }
    }

    private static boolean isAfter(ChatListItem item, ChatListPosition after) {
        int byTime = item.lastActivityAt().compareTo(after.lastActivityAt());
        return byTime < 0 || (byTime == 0 && item.id() < after.chatId());
    }

    private ChatListItem listItem(Conversation c, UserId viewer) {
        String name = c.kind() == ChatKind.GROUP
                ? c.group().name().value()
                : state.user(c.privateChat().otherThan(viewer)).name().value();
        List<Message> live = state.liveIn(c.id()).toList();
        MessageView last =
                live.isEmpty() ? null : state.view(live.get(live.size() - 1), c.kind(), state.horizon(c.id()));
        long readSeq = ownPointers.getOrDefault(
                List.of(c.id(), viewer), c.seats().get(viewer).readSeq());
        long unread = live.stream()
                .filter(m -> m.seq() > readSeq && !m.author().equals(viewer))
                .count();
        return new ChatListItem(
                c.id().value(),
                c.kind(),
                name,
                last,
                unread,
                c.lastActivityAt(),
                c.lastChange(),
                0,
                settings.getOrDefault(List.of(c.id(), viewer), ChatSettings.DEFAULT));
    }

    private Conversation existing(ChatId id) {
        return state.conversation(id).orElseThrow(() -> new IllegalStateException("no chat " + id));
    }

    private void insert(Conversation c) {
        if (state.conversations.containsKey(c.id())) {
            throw new IllegalStateException("chat " + c.id() + " exists");
        }
        state.conversations.put(c.id(), c);
    }
}
