package io.parley.application.fake;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.MediaFile;
import io.parley.application.model.ParticipantView;
import io.parley.application.model.UnreadMessage;
import io.parley.application.port.ChatPosition;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageAudience;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.MessageSlot;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Conversations and messages in memory, one object for both ports as in the database: deleting a chat deletes its
 * messages and the chat list sees the newest message. The chat rules live in {@link InMemoryChatRepository}, the
 * message rules in {@link InMemoryMessageRepository}; both work on one {@link ConversationState}.
 */
public final class InMemoryConversationStore implements ChatRepository, MessageRepository, Snapshottable {
    private final ConversationState state;
    private final InMemoryChatRepository chats;
    private final InMemoryMessageRepository messages;

    /** A store that takes members' and authors' names from {@code users}. */
    public InMemoryConversationStore(UserRepository users) {
        this.state = new ConversationState(users);
        this.chats = new InMemoryChatRepository(state);
        this.messages = new InMemoryMessageRepository(state);
    }

    @Override
    public Runnable snapshot() {
        return state.snapshot();
    }

    /** How many conversations exist. */
    public int chatCount() {
        synchronized (state) {
            return state.conversations.size();
        }
    }

    /** The highest seq handed out in a conversation (0 if none, or no such conversation). */
    public long lastSeq(ChatId chat) {
        synchronized (state) {
            return state.conversation(chat)
                    .map(ConversationState.Conversation::lastSeq)
                    .orElse(0L);
        }
    }

    /** How many message rows exist, deleted ones included. */
    public int storedMessageCount() {
        synchronized (state) {
            return state.messages.size();
        }
    }

    // ---- ChatRepository

    @Override
    public ChatId nextChatId() {
        return chats.nextChatId();
    }

    @Override
    public void addPrivate(PrivateChat chat) {
        chats.addPrivate(chat);
    }

    @Override
    public Optional<PrivateChat> findPrivateBetween(UserId one, UserId other) {
        return chats.findPrivateBetween(one, other);
    }

    @Override
    public Optional<PrivateChat> findPrivate(ChatId id) {
        return chats.findPrivate(id);
    }

    @Override
    public void addGroup(Group group) {
        chats.addGroup(group);
    }

    @Override
    public Optional<Group> findGroup(ChatId id) {
        return chats.findGroup(id);
    }

    @Override
    public Optional<Group> findGroupForUpdate(ChatId id) {
        return chats.findGroupForUpdate(id);
    }

    @Override
    public void updateGroup(Group group) {
        chats.updateGroup(group);
    }

    @Override
    public void delete(ChatId id) {
        chats.delete(id);
    }

    @Override
    public Optional<Membership> findMembership(ChatAddress address, UserId user) {
        return chats.findMembership(address, user);
    }

    @Override
    public List<ParticipantView> participants(ChatId id) {
        return chats.participants(id);
    }

    @Override
    public List<UserId> memberIds(ChatId id) {
        return chats.memberIds(id);
    }

    @Override
    public Optional<MessageSlot> nextSeq(ChatId id, Instant at) {
        return chats.nextSeq(id, at);
    }

    @Override
    public long nextChange(ChatId id) {
        return chats.nextChange(id);
    }

    @Override
    public ChatPosition position(ChatId id) {
        return chats.position(id);
    }

    @Override
    public OptionalLong advanceReadPointer(ChatId chat, UserId reader, long seq) {
        return chats.advanceReadPointer(chat, reader, seq);
    }

    @Override
    public List<ChatId> chatIdsOf(UserId user) {
        return chats.chatIdsOf(user);
    }

    @Override
    public List<UserId> contactsOf(UserId user) {
        return chats.contactsOf(user);
    }

    @Override
    public boolean shareAChat(UserId one, UserId other) {
        return chats.shareAChat(one, other);
    }

    @Override
    public long readPointer(ChatId chat, UserId reader) {
        return chats.readPointer(chat, reader);
    }

    @Override
    public Optional<ReadPosition> readPositionForUpdate(ChatId chat, UserId reader) {
        return chats.readPositionForUpdate(chat, reader);
    }

    @Override
    public void saveReadPosition(ChatId chat, UserId reader, ReadPosition position) {
        chats.saveReadPosition(chat, reader, position);
    }

    @Override
    public long unreadCount(ChatId chat, UserId reader) {
        return chats.unreadCount(chat, reader);
    }

    @Override
    public ReadHorizon readHorizon(ChatId chat) {
        return chats.readHorizon(chat);
    }

    @Override
    public List<ChatListItem> listFor(
            UserId user, String nameContains, Boolean archived, ChatListPosition after, int limit, long offset) {
        return chats.listFor(user, nameContains, archived, after, limit, offset);
    }

    @Override
    public Optional<ChatSettings> settingsForUpdate(ChatId chat, UserId member) {
        return chats.settingsForUpdate(chat, member);
    }

    @Override
    public void saveSettings(ChatId chat, UserId member, ChatSettings settings) {
        chats.saveSettings(chat, member, settings);
    }

    @Override
    public MessageAudience messageAudience(ChatId chat, UserId author, Instant at) {
        return chats.messageAudience(chat, author, at);
    }

    // ---- MessageRepository

    @Override
    public MessageId nextMessageId() {
        return messages.nextMessageId();
    }

    @Override
    public void add(Message message, long cursor) {
        messages.add(message, cursor);
    }

    @Override
    public void attach(MessageId message, List<MediaFile> files) {
        messages.attach(message, files);
    }

    @Override
    public Optional<Message> find(ChatId chat, MessageId id) {
        return messages.find(chat, id);
    }

    @Override
    public Optional<AuthoredMessage> findByClientId(UserId author, ClientId clientId) {
        return messages.findByClientId(author, clientId);
    }

    @Override
    public OptionalLong creationCursorIfUnchanged(ChatId chat, MessageId id) {
        return messages.creationCursorIfUnchanged(chat, id);
    }

    @Override
    public boolean hasUsedClientId(UserId author, ClientId clientId) {
        return messages.hasUsedClientId(author, clientId);
    }

    @Override
    public void update(Message message, long cursor) {
        messages.update(message, cursor);
    }

    @Override
    public void markChanged(ChatId chat, MessageId id, long cursor) {
        messages.markChanged(chat, id, cursor);
    }

    @Override
    public void delete(ChatId chat, MessageId id, UserId by, Instant at, long cursor) {
        messages.delete(chat, id, by, at, cursor);
    }

    @Override
    public List<ChangedMessage> changedSince(ChatId chat, long cursor, int limit) {
        return messages.changedSince(chat, cursor, limit);
    }

    @Override
    public List<LatestByAuthor> latestPerAuthor(ChatId chat, long afterSeq, long upToSeq) {
        return messages.latestPerAuthor(chat, afterSeq, upToSeq);
    }

    @Override
    public List<UnreadMessage> newestUnread(UserId reader, int limit) {
        return messages.newestUnread(reader, limit);
    }

    @Override
    public List<AuthoredMessage> page(ChatId chat, HistoryPage page) {
        return messages.page(chat, page);
    }

    @Override
    public Optional<AuthoredMessage> findAuthored(ChatId chat, MessageId id) {
        return messages.findAuthored(chat, id);
    }
}
