package io.parley.domain.message;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Membership;
import io.parley.domain.mention.Mentions;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What a member wrote into a conversation, numbered by the conversation's gap-free sequence: a text, or files, a
 * voice or a video message with an optional caption (then {@code text} may be absent).
 */
public final class Message {
    private final MessageId id;
    private final ChatId chat;
    private final long seq;
    private final UserId author;
    private final MessageKind kind;
    private final MessageText text;
    private final ClientId clientId;
    private final Instant sentAt;
    private final Instant editedAt;
    private final MessageId replyTo;
    private final Mentions mentions;
    private final ForwardOrigin forwardedFrom;
    private final ThreadPlace thread;

    private Message(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            MessageKind kind,
            MessageText text,
            ClientId clientId,
            Instant sentAt,
            Instant editedAt,
            MessageId replyTo,
            Mentions mentions,
            ForwardOrigin forwardedFrom,
            ThreadPlace thread) {
        this.id = Objects.requireNonNull(id, "id");
        this.chat = Objects.requireNonNull(chat, "chat");
        this.author = Objects.requireNonNull(author, "author");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind == MessageKind.TEXT) {
            Objects.requireNonNull(text, "a text message needs its text");
        }
        this.text = text;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        if (seq <= 0) {
            throw new IllegalArgumentException("seq must be positive");
        }
        this.seq = seq;
        this.clientId = clientId;
        this.editedAt = editedAt;
        this.replyTo = replyTo;
        this.mentions = mentions == null ? Mentions.NONE : mentions;
        this.forwardedFrom = forwardedFrom;
        this.thread = thread;
    }

    /** A new message by {@code sender}, who must be a member; {@code seq} is the conversation's next number. */
    public static Message send(
            MessageId id, Membership sender, long seq, MessageText text, ClientId clientId, Instant now) {
        return new Message(
                id,
                sender.chat(),
                seq,
                sender.user(),
                MessageKind.TEXT,
                text,
                clientId,
                now,
                null,
                null,
                null,
                null,
                null);
    }

    /** A new message of files, a voice or a video message, with an optional {@code caption} (null: none). */
    public static Message sendFiles(
            MessageId id,
            Membership sender,
            long seq,
            MessageKind kind,
            MessageText caption,
            ClientId clientId,
            Instant now) {
        if (kind == MessageKind.TEXT) {
            throw new IllegalArgumentException("a text message is sent with send()");
        }
        return new Message(
                id, sender.chat(), seq, sender.user(), kind, caption, clientId, now, null, null, null, null, null);
    }

    /** Rebuilds a message from storage; {@code text} is null for a file message without caption. */
    public static Message rehydrate(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            MessageKind kind,
            MessageText text,
            ClientId clientId,
            Instant sentAt,
            Instant editedAt) {
        return rehydrate(id, chat, seq, author, kind, text, clientId, sentAt, editedAt, null);
    }

    /** Rebuilds a message that replies to {@code replyTo} (null: to none). */
    public static Message rehydrate(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            MessageKind kind,
            MessageText text,
            ClientId clientId,
            Instant sentAt,
            Instant editedAt,
            MessageId replyTo) {
        return rehydrate(id, chat, seq, author, kind, text, clientId, sentAt, editedAt, replyTo, Mentions.NONE);
    }

    /** Rebuilds a message that mentions {@code mentions}. */
    public static Message rehydrate(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            MessageKind kind,
            MessageText text,
            ClientId clientId,
            Instant sentAt,
            Instant editedAt,
            MessageId replyTo,
            Mentions mentions) {
        return rehydrate(id, chat, seq, author, kind, text, clientId, sentAt, editedAt, replyTo, mentions, null);
    }

    /** Rebuilds a message forwarded from {@code forwardedFrom} (null: written here). */
    public static Message rehydrate(
            MessageId id,
            ChatId chat,
            long seq,
            UserId author,
            MessageKind kind,
            MessageText text,
            ClientId clientId,
            Instant sentAt,
            Instant editedAt,
            MessageId replyTo,
            Mentions mentions,
            ForwardOrigin forwardedFrom) {
        return new Message(
                id, chat, seq, author, kind, text, clientId, sentAt, editedAt, replyTo, mentions, forwardedFrom, null);
    }

    /**
     * A copy of {@code original} that {@code forwarder} (a member of the conversation it goes to) writes as a new
     * message there, having found it as {@code reader}, their membership of the original's conversation: same kind and
     * text, no reply and no mentions, and the first origin ({@code original}'s own origin if it is itself a forward).
     * An original of another conversation than {@code reader}'s is {@link MessageNotFoundException}, as if unknown.
     */
    public static Message forward(
            MessageId id,
            Membership forwarder,
            long seq,
            Membership reader,
            Message original,
            String originalAuthorName,
            ClientId clientId,
            Instant now) {
        if (!reader.user().equals(forwarder.user()) || !original.chat.equals(reader.chat())) {
            throw new MessageNotFoundException(original.id);
        }
        ForwardOrigin origin = original.forwardedFrom != null
                ? original.forwardedFrom
                : new ForwardOrigin(original.author, originalAuthorName, original.sentAt);
        return new Message(
                id,
                forwarder.chat(),
                seq,
                forwarder.user(),
                original.kind,
                original.text,
                clientId,
                now,
                null,
                null,
                Mentions.NONE,
                origin,
                null);
    }

    /**
     * This new message as a reply to {@code original}, which must be a live message of the same conversation
     * (null: the id named none there); otherwise {@link ReplyTargetUnknownException}.
     */
    public Message replyingTo(MessageId named, Message original) {
        if (original == null || !original.chat.equals(chat) || original.id.equals(id)) {
            throw new ReplyTargetUnknownException(named);
        }
        return new Message(
                id,
                chat,
                seq,
                author,
                kind,
                text,
                clientId,
                sentAt,
                editedAt,
                original.id,
                mentions,
                forwardedFrom,
                thread);
    }

    /**
     * This message mentioning {@code named} instead, as its author ({@code author}) may in a conversation of
     * {@code members} with at most {@code limit} named users ({@link Mentions#checkAllowed}).
     */
    public Message mentioning(Mentions named, Membership author, Collection<UserId> members, int limit) {
        if (!author.user().equals(this.author) || !author.chat().equals(chat)) {
            throw new NotMessageAuthorException(id);
        }
        named.checkAllowed(author, members, limit);
        return new Message(
                id,
                chat,
                seq,
                this.author,
                kind,
                text,
                clientId,
                sentAt,
                editedAt,
                replyTo,
                named,
                forwardedFrom,
                thread);
    }

    /**
     * The message with new text; only its author may edit it, and a forwarded copy not at all (its text is the
     * original author's: {@link ForwardedMessageNotEditableException}).
     */
    public Message edit(UserId actor, MessageText newText, Instant now) {
        if (!author.equals(actor)) {
            throw new NotMessageAuthorException(id);
        }
        if (forwardedFrom != null) {
            throw new ForwardedMessageNotEditableException(id);
        }
        return new Message(
                id, chat, seq, author, kind, newText, clientId, sentAt, now, replyTo, mentions, forwardedFrom, thread);
    }

    /**
     * Checks that a reply written in {@code replyChat} may go into this message's thread: this must be a message of
     * that conversation ({@link ThreadRootUnknownException} otherwise, as if unknown) and in no thread itself
     * ({@link NestedThreadException}).
     */
    public void checkThreadRootFor(ChatId replyChat) {
        if (!chat.equals(replyChat)) {
            throw new ThreadRootUnknownException(id);
        }
        if (thread != null) {
            throw new NestedThreadException(id, thread.root());
        }
    }

    /**
     * This new message as reply number {@code threadSeq} in the thread of {@code root} (null: the id named none
     * here), which {@link #checkThreadRootFor} must accept.
     */
    public Message inThreadOf(MessageId named, Message root, long threadSeq) {
        if (root == null || root.id.equals(id)) {
            throw new ThreadRootUnknownException(named);
        }
        root.checkThreadRootFor(chat);
        return withThreadPlace(new ThreadPlace(root.id, threadSeq));
    }

    /** This stored message at {@code place} in a thread (null: in none), as storage has it. */
    public Message withThreadPlace(ThreadPlace place) {
        return new Message(
                id, chat, seq, author, kind, text, clientId, sentAt, editedAt, replyTo, mentions, forwardedFrom, place);
    }

    /** Checks that a member may delete this message: its author may, and so may the owner of the group. */
    public void checkDeletableBy(Membership actor) {
        if (!author.equals(actor.user()) && !actor.isOwner()) {
            throw new MessageDeletionForbiddenException(id);
        }
    }

    public MessageId id() {
        return id;
    }

    public ChatId chat() {
        return chat;
    }

    public long seq() {
        return seq;
    }

    public UserId author() {
        return author;
    }

    /** The text, or the caption of a file message (null if it has none). */
    public MessageText text() {
        return text;
    }

    /** The text as clients see it: the empty string for a file message without caption. */
    public String textValue() {
        return text == null ? "" : text.value();
    }

    public MessageKind kind() {
        return kind;
    }

    public Optional<ClientId> clientId() {
        return Optional.ofNullable(clientId);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    /** Whom the message mentions ({@link Mentions#NONE}: nobody). */
    public Mentions mentions() {
        return mentions;
    }

    /** Where this message was first written, if it is a forwarded copy. */
    public Optional<ForwardOrigin> forwardedFrom() {
        return Optional.ofNullable(forwardedFrom);
    }

    /** Where this message sits in a thread, if it is a reply in one. */
    public Optional<ThreadPlace> thread() {
        return Optional.ofNullable(thread);
    }

    /** The message this one replies to, if any. */
    public Optional<MessageId> replyTo() {
        return Optional.ofNullable(replyTo);
    }
}
