package io.parley.application.fake;

import io.parley.application.fake.ConversationState.Stored;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.MediaFile;
import io.parley.application.model.UnreadMessage;
import io.parley.application.port.ClientIdTakenException;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@link MessageRepository} side of {@link InMemoryConversationStore}. */
final class InMemoryMessageRepository implements MessageRepository {
    private final ConversationState state;

    InMemoryMessageRepository(ConversationState state) {
        this.state = state;
    }

    @Override
    public MessageId nextMessageId() {
        return MessageId.of(state.messageIds.incrementAndGet());
    }

    @Override
    public void add(Message message, long cursor) {
        synchronized (state) {
            if (state.conversation(message.chat()).isEmpty()) {
                throw new IllegalStateException("no chat " + message.chat());
            }
            if (state.messages.containsKey(message.id())) {
                throw new IllegalStateException("message " + message.id() + " exists");
            }
            if (state.messages.values().stream()
                    .anyMatch(m -> m.chat().equals(message.chat()) && m.seq() == message.seq())) {
                throw new IllegalStateException("seq " + message.seq() + " is taken in chat " + message.chat());
            }
            ClientId clientId = message.clientId().orElse(null);
            if (clientId != null
                    && state.messages.values().stream()
                            .anyMatch(m -> m.author().equals(message.author()) && clientId.equals(m.clientId()))) {
                throw new ClientIdTakenException();
            }
            state.messages.put(message.id(), Stored.of(message, cursor));
        }
    }

    @Override
    public void attach(MessageId message, List<MediaFile> files) {
        synchronized (state) {
            state.attachments.put(message, List.copyOf(files));
        }
    }

    @Override
    public Optional<Message> find(ChatId chat, MessageId id) {
        synchronized (state) {
            return live(chat, id).map(Stored::live);
        }
    }

    @Override
    public Optional<AuthoredMessage> findByClientId(UserId author, ClientId clientId) {
        synchronized (state) {
            return state.messages.values().stream()
                    .filter(m -> m.live() != null && m.author().equals(author) && clientId.equals(m.clientId()))
                    .map(m -> state.authored(m.live()))
                    .findFirst();
        }
    }

    @Override
    public OptionalLong creationCursorIfUnchanged(ChatId chat, MessageId id) {
        synchronized (state) {
            return live(chat, id)
                    .filter(stored -> stored.changedCursor() == stored.createdCursor())
                    .map(stored -> OptionalLong.of(stored.createdCursor()))
                    .orElse(OptionalLong.empty());
        }
    }

    @Override
    public boolean hasUsedClientId(UserId author, ClientId clientId) {
        synchronized (state) {
            return state.messages.values().stream()
                    .anyMatch(m -> m.author().equals(author) && clientId.equals(m.clientId()));
        }
    }

    @Override
    public void update(Message message, long cursor) {
        synchronized (state) {
            live(message.chat(), message.id()).ifPresent(stored -> {
                Message old = stored.live();
                Message changed = Message.rehydrate(
                        old.id(),
                        old.chat(),
                        old.seq(),
                        old.author(),
                        old.kind(),
                        message.text(),
                        old.clientId().orElse(null),
                        old.sentAt(),
                        message.editedAt().orElse(null),
                        old.replyTo().orElse(null));
                state.messages.put(old.id(), stored.withLive(changed, cursor));
            });
        }
    }

    @Override
    public void markChanged(ChatId chat, MessageId id, long cursor) {
        synchronized (state) {
            live(chat, id).ifPresent(stored -> state.messages.put(id, stored.withLive(stored.live(), cursor)));
        }
    }

    @Override
    public void delete(ChatId chat, MessageId id, UserId by, Instant at, long cursor) {
        synchronized (state) {
            live(chat, id).ifPresent(stored -> state.messages.put(id, stored.deleted(by, at, cursor)));
        }
    }

    @Override
    public List<ChangedMessage> changedSince(ChatId chat, long cursor, int limit) {
        synchronized (state) {
            return state.messages.values().stream()
                    .filter(m -> m.chat().equals(chat) && m.changedCursor() > cursor)
                    .sorted(Comparator.comparingLong(Stored::changedCursor))
                    .limit(limit)
                    .map(m -> new ChangedMessage(
                            m.id(),
                            m.seq(),
                            m.createdCursor(),
                            m.changedCursor(),
                            m.live() == null ? null : state.authored(m.live()),
                            m.deletedBy(),
                            m.deletedBy() == null
                                    ? null
                                    : state.user(m.deletedBy()).name().value(),
                            m.deletedAt()))
                    .toList();
        }
    }

    @Override
    public List<LatestByAuthor> latestPerAuthor(ChatId chat, long afterSeq, long upToSeq) {
        synchronized (state) {
            Map<UserId, Message> latest = new HashMap<>();
            state.liveIn(chat)
                    .filter(m -> m.seq() > afterSeq && m.seq() <= upToSeq)
                    .forEach(m -> latest.put(m.author(), m));
            return latest.values().stream()
                    .sorted(Comparator.comparingLong(m -> m.author().value()))
                    .map(m -> new LatestByAuthor(m.author(), m.id(), m.seq()))
                    .toList();
        }
    }

    @Override
    public List<UnreadMessage> newestUnread(UserId reader, int limit) {
        synchronized (state) {
            return state.conversations.values().stream()
                    .filter(c -> c.seats().containsKey(reader))
                    .flatMap(c -> state.liveIn(c.id())
                            .filter(m -> m.seq() > c.seats().get(reader).readSeq()
                                    && !m.author().equals(reader))
                            .map(m -> new UnreadMessage(state.authored(m), c.kind())))
                    .sorted(Comparator.comparing(
                                    (UnreadMessage u) -> u.message().message().sentAt())
                            .thenComparingLong(u -> u.message().message().chat().value())
                            .thenComparingLong(u -> u.message().message().seq())
                            .reversed())
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public List<AuthoredMessage> page(ChatId chat, HistoryPage page) {
        long rows = page.limit() + 1L;
        synchronized (state) {
            List<Message> live = state.liveIn(chat).toList();
            List<Message> window;
            if (page.afterSeq() != null || page.beforeSeq() != null) {
                List<Message> between = live.stream()
                        .filter(m -> page.afterSeq() == null || m.seq() > page.afterSeq())
                        .filter(m -> page.beforeSeq() == null || m.seq() < page.beforeSeq())
                        .toList();
                window = page.forwards() ? between.stream().limit(rows).toList() : last(between, rows);
            } else {
                int end = (int) (live.size() - Math.min(page.offset(), live.size()));
                window = last(live.subList(0, end), rows);
            }
            return window.stream().map(state::authored).toList();
        }
    }

    @Override
    public Optional<AuthoredMessage> findAuthored(ChatId chat, MessageId id) {
        synchronized (state) {
            return live(chat, id).map(stored -> state.authored(stored.live()));
        }
    }

    private Optional<Stored> live(ChatId chat, MessageId id) {
        return Optional.ofNullable(state.messages.get(id)).filter(m -> m.chat().equals(chat) && m.live() != null);
    }

    private static List<Message> last(List<Message> messages, long n) {
        return messages.subList((int) Math.max(0, messages.size() - n), messages.size());
    }
}
