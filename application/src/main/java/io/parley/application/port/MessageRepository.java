package io.parley.application.port;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.MediaFile;
import io.parley.application.model.UnreadMessage;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores messages; deleted messages are kept out of every answer. */
public interface MessageRepository {
    /** Reserves a new, never reused message id. */
    MessageId nextMessageId();

    /**
     * Stores a new message made at change {@code cursor}; throws {@link ClientIdTakenException} if its author
     * already has a message with its client id, after which the transaction must be abandoned (it stored nothing).
     */
    void add(Message message, long cursor);

    /** Records the files a just-added message carries, in this order (all of the message's conversation). */
    void attach(MessageId message, List<MediaFile> files);

    /** A live message of the conversation. */
    Optional<Message> find(ChatId chat, MessageId id);

    /** The live message its author sent with this client id, if any (a deleted one keeps its key taken). */
    Optional<AuthoredMessage> findByClientId(UserId author, ClientId clientId);

    /**
     * The change cursor that created this live message of {@code chat}, if nothing (edit, reaction, pin) has changed
     * it since; empty for a changed, deleted or unknown message.
     */
    OptionalLong creationCursorIfUnchanged(ChatId chat, MessageId id);

    /** True if any message of the author, live or deleted, carries this client id. */
    boolean hasUsedClientId(UserId author, ClientId clientId);

    /** Writes a live message's new text and edit time as change {@code cursor}. */
    void update(Message message, long cursor);

    /** Records that something shown with a live message (its reactions) changed as change {@code cursor}. */
    void markChanged(ChatId chat, MessageId id, long cursor);

    /**
     * Deletes a live message as change {@code cursor}: its text is erased and it disappears from history and
     * counts; its seq, client id and row stay, so clients catching up learn of the deletion.
     */
    void delete(ChatId chat, MessageId id, UserId by, Instant at, long cursor);

    /**
     * The messages of a conversation changed (created, edited or deleted) after change {@code cursor}, each once in
     * its latest state, in the order of their last change; at most {@code limit}.
     */
    List<ChangedMessage> changedSince(ChatId chat, long cursor, int limit);

    /** Per author, the newest live message with a seq in {@code (afterSeq, upToSeq]}. */
    List<LatestByAuthor> latestPerAuthor(ChatId chat, long afterSeq, long upToSeq);

    /**
     * The newest live messages of others that {@code reader} has not read, across all their conversations, newest
     * first; at most {@code limit}.
     */
    List<UnreadMessage> newestUnread(UserId reader, int limit);

    /** A page of live messages, oldest first, with one more than the limit if more exist in the reading direction. */
    List<AuthoredMessage> page(ChatId chat, HistoryPage page);

    /** A live message with its author's name. */
    Optional<AuthoredMessage> findAuthored(ChatId chat, MessageId id);
}
