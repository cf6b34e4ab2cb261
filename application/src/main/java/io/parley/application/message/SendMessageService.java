package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.commit.AfterCommit;
import io.parley.application.commit.CommitThenPublish;
import io.parley.application.commit.GroupCommit;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.MessageSent;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MediaFile;
import io.parley.application.model.MessageView;
import io.parley.application.model.QuoteView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.ClientIdTakenException;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.MessageAudience;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.MessageSlot;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageKind;
import io.parley.domain.message.MessageText;
import io.parley.domain.message.ReplyTargetUnknownException;
import io.parley.domain.message.RetryOfDeletedMessageException;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends a message: the seq and the time are taken under the chat's lock inside the storing transaction, so time
 * never runs backwards in seq, and the events go out after commit; the sender's read pointer moves to the new message.
 * A retry with the same client id returns the stored message, also when the retry raced the original. With a
 * {@link GroupCommit}, sends to one chat share transactions (one commit for many messages), in arrival order; a retry
 * inside the same batch sees the original's row and is answered as a replay.
 */
public final class SendMessageService implements SendMessageUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final UserRepository users;
    private final Conversations conversations;
    private final ReadReceipts receipts;
    private final MessageFiles messageFiles;
    private final CommitThenPublish commits;
    private final AuthorPresence presence;
    private final Clock clock;
    private final GroupCommit groupCommit;
    private final int mentionsPerMessage;
    private final MessageForwards forwards;
    private final SendReplays replays;
    private final ThreadReplies threadReplies;

    /** A sender of text messages only: file messages are refused, as on a server without media storage. */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock) {
        this(chats, messages, null, users, transactions, events, presence, clock);
    }

    /** A sender of text and file messages; {@code media} finds the files that file messages name. */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock) {
        this(chats, messages, media, users, transactions, events, presence, clock, null);
    }

    /**
     * A sender of text and file messages whose sends are stored through {@code groupCommit} (null: one transaction
     * per send).
     */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            GroupCommit groupCommit) {
        this(chats, messages, media, users, transactions, events, presence, clock, groupCommit, 50);
    }

    /** As above, with at most {@code mentionsPerMessage} members named by one message; forwards carry no files. */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            GroupCommit groupCommit,
            int mentionsPerMessage) {
        this(
                chats,
                messages,
                media,
                null,
                users,
                transactions,
                events,
                presence,
                clock,
                groupCommit,
                mentionsPerMessage);
    }

    /** As above; forwarded files share their bytes through {@code store} (null: forwards carry no files). */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            MediaStore store,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            GroupCommit groupCommit,
            int mentionsPerMessage) {
        this(
                chats,
                messages,
                media,
                store,
                null,
                users,
                transactions,
                events,
                presence,
                clock,
                groupCommit,
                mentionsPerMessage);
    }

    /** As above; thread replies are numbered through {@code threads} (null: sends naming a root are refused). */
    public SendMessageService(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            MediaStore store,
            ThreadRepository threads,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            GroupCommit groupCommit,
            int mentionsPerMessage) {
        this.threadReplies = new ThreadReplies(chats, messages, threads);
        this.forwards = new MessageForwards(chats, messages, media, store);
        this.mentionsPerMessage = mentionsPerMessage;
        this.groupCommit = groupCommit;
        this.chats = chats;
        this.messages = messages;
        this.replays = new SendReplays(chats, messages);
        this.users = users;
        this.conversations = new Conversations(chats);
        this.receipts = new ReadReceipts(chats, messages);
        this.messageFiles = media == null ? null : new MessageFiles(media);
        this.commits = new CommitThenPublish(transactions, events);
        this.presence = new AuthorPresence(presence);
        this.clock = clock;
    }

    @Override
    public SentMessage send(SendMessageCommand command) {
        MessageContent content = command.content();
        ClientId clientId = command.clientId();
        // read before the transaction, never under the chat's lock; the author of every message here is the sender
        Boolean senderOnline = presence.online(command.actor());
        try {
            return store(command.chat(), after -> replayOrStore(command, content, clientId, senderOnline, after));
        } catch (ClientIdTakenException race) {
            // the racing send committed first: answer with its message; a key that stays taken without a live
            // message belongs to a message deleted since
            return commits.run(after -> replays.replay(command.chat(), command.actor(), clientId, senderOnline, after)
                    .orElseThrow(() -> new RetryOfDeletedMessageException(clientId)));
        }
    }

    private SentMessage store(ChatAddress chat, Function<AfterCommit, SentMessage> work) {
        return groupCommit == null
                ? commits.run(work)
                : groupCommit.run(chat.id().value(), work);
    }

    private SentMessage replayOrStore(
            SendMessageCommand command,
            MessageContent content,
            ClientId clientId,
            Boolean senderOnline,
            AfterCommit after) {
        Membership sender = conversations.requireMember(command.chat(), command.actor());
        if (clientId != null) {
            Optional<SentMessage> earlier =
                    replays.replay(command.chat(), command.actor(), clientId, senderOnline, after);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        // the quoted message is read before the lock; a reply to one deleted meanwhile shows it as deleted
        AuthoredMessage original = command.replyTo() == null
                ? null
                : messages.findAuthored(sender.chat(), command.replyTo())
                        .orElseThrow(() -> new ReplyTargetUnknownException(command.replyTo()));
        Message root = command.threadRoot() == null ? null : threadReplies.root(sender, command.threadRoot());
        // a forward's original is found before the lock too; its files become the target's in this transaction
        MessageForwards.Found forwarded =
                command.forwardFrom() == null ? null : forwards.find(command.actor(), command.forwardFrom());
        MessageKind kind = forwarded == null
                ? content.kind()
                : forwarded.original().message().kind();
        MessageText text = forwarded == null ? content.text() : null;
        List<MediaFile> files = forwarded != null
                ? forwards.files(
                        command.chat(), command.actor(), forwarded.original().files(), clock.now())
                : kind == MessageKind.TEXT ? List.of() : files(command.chat(), content);
        String authorName = users.findById(command.actor())
                .orElseThrow(() -> new UserNotFoundException(command.actor()))
                .name()
                .value();
        // from here to commit this chat's row is locked: keep the work after it short; the time comes from under
        // the lock, so a send that waited for it is not stamped earlier than the one it waited for
        // an empty slot: the conversation was deleted after the membership check; the send loses, as if it came later
        MessageSlot slot = chats.nextSeq(sender.chat(), clock.now())
                .orElseThrow(() -> command.chat().notFound());
        MessageId id = slot.id();
        long seq = slot.seq();
        Instant now = slot.time();
        Message message = forwarded != null
                ? Message.forward(
                        id,
                        sender,
                        seq,
                        forwarded.reader(),
                        forwarded.original().message(),
                        forwarded.original().authorName(),
                        clientId,
                        now)
                : kind == MessageKind.TEXT
                        ? Message.send(id, sender, seq, text, clientId, now)
                        : Message.sendFiles(id, sender, seq, kind, text, clientId, now);
        if (original != null) {
            message = message.replyingTo(command.replyTo(), original.message());
        }
        if (root != null) {
            message = threadReplies.place(message, command.threadRoot(), root);
        }
        // read under the lock, which membership changes also take: exactly the members at commit; a message of
        // someone else brings an archived chat back, unless the member has it muted
        MessageAudience reached = chats.messageAudience(sender.chat(), command.actor(), now);
        List<UserId> audience = reached.members();
        if (!command.mentions().isEmpty()) {
            // stored with the message, in its insert: a refused mention stores nothing
            message = message.mentioning(command.mentions(), sender, audience, mentionsPerMessage);
        }
        messages.add(message, slot.cursor());
        if (!files.isEmpty()) {
            messages.attach(id, files);
        }
        // nobody else can have read a message that is not committed yet
        QuoteView quote = original == null ? null : QuoteView.of(original.message(), original.authorName());
        MessageView view = AuthorPresence.marked(
                MessageView.of(message, authorName, sender.kind(), false, files).withExtras(quote, List.of()),
                senderOnline);
        after.publish(new MessageSent(view, slot.cursor(), audience));
        if (root != null) {
            threadReplies.replied(sender, message, root, audience, after);
        }
        // those it came back for are neither muted (now) nor archived any more
        for (UserId back : reached.broughtBack()) {
            after.publish(ChatSettingsChanged.of(sender.chat(), sender.kind(), back, ChatSettings.DEFAULT, true, now));
        }
        // writing into a chat reads it: the sender's pointer moves to their own message
        chats.advanceReadPointer(sender.chat(), command.actor(), seq).ifPresent(before -> {
            // only the sender's own message lies between: nothing of anyone else became read
            List<ReadByAll> readByAll = seq - before == 1
                    ? List.of()
                    : receipts.newlyReadByAll(sender.chat(), command.actor(), before, seq);
            after.publish(new ReadPointerMoved(
                    sender.chat(), command.actor(), authorName, id.value(), seq, true, readByAll, now, audience));
        });
        return new SentMessage(view, false);
    }

    private List<MediaFile> files(ChatAddress chat, MessageContent content) {
        if (messageFiles == null) {
            throw new DomainException(
                    ErrorKind.UNSUPPORTED,
                    "media.not_available",
                    "this server stores no media, so messages cannot carry files");
        }
        return messageFiles.resolve(chat, content);
    }
}
