package io.parley.application.port;

import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.ParticipantView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores conversations (private chats and groups), their members and the members' read pointers. */
public interface ChatRepository {
    /** Reserves a new, never reused conversation id. */
    ChatId nextChatId();

    /** Stores a new private chat; throws {@link PrivateChatExistsException} and stores nothing if the pair has one. */
    void addPrivate(PrivateChat chat);

    /** The private chat of two users, if they have one. */
    Optional<PrivateChat> findPrivateBetween(UserId one, UserId other);

    /** The private chat with this id, if there is one. */
    Optional<PrivateChat> findPrivate(ChatId id);

    /** Stores a new group with its members. */
    void addGroup(Group group);

    /** The group with this id, if there is one. */
    Optional<Group> findGroup(ChatId id);

    /** The group, locked against concurrent changes until the current transaction ends. */
    Optional<Group> findGroupForUpdate(ChatId id);

    /** Writes a group's details and membership; new members start with the history so far counted as read. */
    void updateGroup(Group group);

    /** Deletes a conversation with its members, read pointers and messages. */
    void delete(ChatId id);

    /** The user's membership of the conversation, if it exists, is of the addressed kind and the user is in it. */
    Optional<Membership> findMembership(ChatAddress address, UserId user);

    /** The members of a conversation with their names, longest-standing first. */
    List<ParticipantView> participants(ChatId id);

    /** The ids of a conversation's members. */
    List<UserId> memberIds(ChatId id);

    /**
     * The conversation's next message seq, change cursor and time, and the new message's id (in the same round
     * trip): increments both counters under a row lock that is held until the transaction ends, so both are gap-free and strictly increasing in commit order; the time is
     * {@code at}, or the conversation's latest activity if that is later (so message times never decrease in seq),
     * and becomes its latest activity. Empty if the conversation no longer exists (deleted by a transaction that
     * committed first).
     */
    Optional<MessageSlot> nextSeq(ChatId id, Instant at);

    /**
     * Moves the conversation's change cursor on by one (an edit or a delete) under the same row lock as
     * {@link #nextSeq}; returns the new cursor.
     */
    long nextChange(ChatId id);

    /** The conversation's last seq and change cursor as committed (zeros for a conversation without messages). */
    ChatPosition position(ChatId id);

    /**
     * Moves a member's read receipt to {@code seq} if that is forward (their own pointer with it, ending a mark
     * unread); the receipt before, if it moved.
     */
    OptionalLong advanceReadPointer(ChatId chat, UserId reader, long seq);

    /** The member's own read pointer, which unread counts follow (0 before the first read). */
    long readPointer(ChatId chat, UserId reader);

    /** The member's read position, locked until the transaction ends; empty if they are not a member. */
    Optional<ReadPosition> readPositionForUpdate(ChatId chat, UserId reader);

    /** Stores a member's read position (receipt and own pointer) as given. */
    void saveReadPosition(ChatId chat, UserId reader, ReadPosition position);

    /** The messages of others after the member's own pointer that are not deleted. */
    long unreadCount(ChatId chat, UserId reader);

    /** The lowest read pointers of the conversation's members. */
    ReadHorizon readHorizon(ChatId chat);

    /** The conversations the user is a member of. */
    List<ChatId> chatIdsOf(UserId user);

    /** The users who share at least one conversation with {@code user}, without the user. */
    List<UserId> contactsOf(UserId user);

    /** True if the two users are members of at least one common conversation. */
    boolean shareAChat(UserId one, UserId other);

    /**
     * A member's own settings of the conversation (mute, archived), locked until the transaction ends; empty if they
     * are not a member.
     */
    Optional<ChatSettings> settingsForUpdate(ChatId chat, UserId member);

    /** Stores a member's own settings of the conversation as given. */
    void saveSettings(ChatId chat, UserId member, ChatSettings settings);

    /**
     * For a new message of {@code author} at {@code at}, under the lock {@link #nextSeq} took, in one go: the
     * members ({@link #memberIds}), and the conversation brought back for the members other than {@code author} who
     * archived it and have it not muted at {@code at} (the rule of {@link ChatSettings#afterMessage}), which it does.
     */
    MessageAudience messageAudience(ChatId chat, UserId author, Instant at);

    /** A page of the user's conversations, most recent activity first, optionally only names containing a text. */
    default List<ChatListItem> listFor(UserId user, String nameContains, int limit, long offset) {
        return listFor(user, nameContains, null, null, limit, offset);
    }

    /** A page of the user's conversations, archived or not, after a position (see the six-argument form). */
    default List<ChatListItem> listFor(
            UserId user, String nameContains, ChatListPosition after, int limit, long offset) {
        return listFor(user, nameContains, null, after, limit, offset);
    }

    /**
     * A page of the user's conversations by last activity, newest first, then by id, higher first: those strictly
     * after {@code after} in that order (all when null), optionally only names containing a text, and only those the
     * user archived ({@code archived} true) or did not (false); both when {@code archived} is null.
     */
    List<ChatListItem> listFor(
            UserId user, String nameContains, Boolean archived, ChatListPosition after, int limit, long offset);
}
