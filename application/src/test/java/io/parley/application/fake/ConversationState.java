package io.parley.application.fake;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MediaFile;
import io.parley.application.model.MessageView;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.message.ReadHorizon.ReadPointer;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The rows behind {@link InMemoryConversationStore}: conversations with their members and messages, all immutable
 * values in two maps, so a snapshot is a copy of the maps. Callers hold this object's monitor while they work.
 */
final class ConversationState {
    private static final Comparator<Seat> SENIORITY =
            Comparator.comparing(Seat::joinedAt).thenComparing(s -> s.user().value());

    final AtomicLong chatIds = new AtomicLong();
    final AtomicLong messageIds = new AtomicLong();
    private final UserRepository users;
    Map<ChatId, Conversation> conversations = new HashMap<>();
    Map<MessageId, Stored> messages = new HashMap<>();
    Map<MessageId, List<MediaFile>> attachments = new HashMap<>();

    ConversationState(UserRepository users) {
        this.users = users;
    }

    synchronized Runnable snapshot() {
        Map<ChatId, Conversation> savedChats = new HashMap<>(conversations);
        Map<MessageId, Stored> savedMessages = new HashMap<>(messages);
        Map<MessageId, List<MediaFile>> savedAttachments = new HashMap<>(attachments);
        return () -> {
            synchronized (this) {
                conversations = savedChats;
                messages = savedMessages;
                attachments = savedAttachments;
            }
        };
    }

    Optional<Conversation> conversation(ChatId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    /** A conversation's members, longest-standing first (ties by smaller user id). */
    Stream<Seat> seatsOf(ChatId id) {
        return conversation(id).stream()
                .flatMap(c -> c.seats().values().stream())
                .sorted(SENIORITY);
    }

    /** A conversation's live messages, oldest first. */
    Stream<Message> liveIn(ChatId chat) {
        return messages.values().stream()
                .filter(m -> m.chat().equals(chat) && m.live() != null)
                .map(Stored::live)
                .sorted(Comparator.comparingLong(Message::seq));
    }

    ReadHorizon horizon(ChatId chat) {
        return ReadHorizon.of(
                seatsOf(chat).map(s -> new ReadPointer(s.user(), s.readSeq())).toList());
    }

    AuthoredMessage authored(Message message) {
        return new AuthoredMessage(
                message, user(message.author()).name().value(), attachments.getOrDefault(message.id(), List.of()));
    }

    MessageView view(Message m, ChatKind kind, ReadHorizon horizon) {
        return new MessageView(
                m.id().value(),
                m.chat().value(),
                kind,
                m.seq(),
                m.author().value(),
                user(m.author()).name().value(),
                m.textValue(),
                m.clientId().map(ClientId::value).orElse(null),
                m.sentAt(),
                m.editedAt().orElse(null),
                horizon.readByEveryoneElse(m.author(), m.seq()));
    }

    User user(UserId id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id));
    }

    /** A member's place: role, join time and read pointer. */
    record Seat(UserId user, MemberRole role, Instant joinedAt, long readSeq) {
        Seat reading(long seq) {
            return new Seat(user, role, joinedAt, seq);
        }
    }

    /** A private chat or a group with its seq counter, latest activity and members. */
    record Conversation(
            ChatId id,
            ChatKind kind,
            PrivateChat privateChat,
            Group group,
            Instant createdAt,
            long lastSeq,
            long lastChange,
            Instant lastActivityAt,
            Map<UserId, Seat> seats) {
        Conversation {
            seats = Map.copyOf(seats);
        }

        Conversation withGroup(Group newGroup, Map<UserId, Seat> newSeats) {
            return new Conversation(
                    id, kind, privateChat, newGroup, createdAt, lastSeq, lastChange, lastActivityAt, newSeats);
        }

        Conversation withSeq(long seq, Instant at) {
            return new Conversation(id, kind, privateChat, group, createdAt, seq, lastChange + 1, at, seats);
        }

        Conversation withChange() {
            return new Conversation(
                    id, kind, privateChat, group, createdAt, lastSeq, lastChange + 1, lastActivityAt, seats);
        }

        Conversation withSeats(Map<UserId, Seat> newSeats) {
            return new Conversation(
                    id, kind, privateChat, group, createdAt, lastSeq, lastChange, lastActivityAt, newSeats);
        }
    }

    /**
     * A message row; {@code live} is null once deleted (its text erased) while its seq and client id stay used;
     * {@code createdCursor} and {@code changedCursor} are its first and latest change.
     */
    record Stored(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            ClientId clientId,
            Message live,
            UserId deletedBy,
            Instant deletedAt,
            long createdCursor,
            long changedCursor) {
        static Stored of(Message message, long cursor) {
            return new Stored(
                    message.id(),
                    message.chat(),
                    message.seq(),
                    message.author(),
                    message.clientId().orElse(null),
                    message,
                    null,
                    null,
                    cursor,
                    cursor);
        }

        Stored withLive(Message changed, long cursor) {
            return new Stored(id, chat, seq, author, clientId, changed, null, null, createdCursor, cursor);
        }

        Stored deleted(UserId by, Instant at, long cursor) {
            return new Stored(id, chat, seq, author, clientId, null, by, at, createdCursor, cursor);
        }
    }
}
