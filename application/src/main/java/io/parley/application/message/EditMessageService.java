package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MessageEdited;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.message.MessageText;

/**
 * Edits a message's text and, if the edit names them, its mentions (checked against the members under the
 * conversation's lock); only its author may, and the members hear of it after commit.
 */
public final class EditMessageService implements EditMessageUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final MessageTargets targets;
    private final CommitThenPublish commits;
    private final AuthorPresence presence;
    private final Clock clock;
    private final int mentionsPerMessage;

    public EditMessageService(
            ChatRepository chats,
            MessageRepository messages,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock) {
        this(chats, messages, transactions, events, presence, clock, 50);
    }

    /** As above, with at most {@code mentionsPerMessage} members named by one message. */
    public EditMessageService(
            ChatRepository chats,
            MessageRepository messages,
            TransactionRunner transactions,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            int mentionsPerMessage) {
        this.mentionsPerMessage = mentionsPerMessage;
        this.chats = chats;
        this.messages = messages;
        this.targets = new MessageTargets(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.presence = new AuthorPresence(presence);
        this.clock = clock;
    }

    @Override
    public MessageView edit(EditMessageCommand command) {
        MessageText text = command.text();
        // only the author edits: their presence, read before the transaction, is the message's status
        Boolean authorOnline = presence.online(command.actor());
        return commits.run(after -> {
            // refuse a non-author before taking the conversation's lock
            targets.require(command.chat(), command.actor(), command.message())
                    .message()
                    .edit(command.actor(), text, clock.now());
            ChangeTarget target = targets.lockedForChange(command.chat(), command.actor(), command.message());
            Membership editor = target.actor();
            Message edited = target.message().edit(command.actor(), text, clock.now());
            if (command.mentions() != null) {
                edited = edited.mentioning(
                        command.mentions(), editor, chats.memberIds(editor.chat()), mentionsPerMessage);
            }
            messages.update(edited, target.cursor());
            AuthoredMessage stored = messages.findAuthored(editor.chat(), command.message())
                    .orElseThrow(() -> new MessageNotFoundException(command.message()));
            MessageView view = AuthorPresence.marked(
                    MessageViews.of(stored, editor.kind(), chats.readHorizon(editor.chat())), authorOnline);
            after.publish(new MessageEdited(view, target.cursor(), chats.memberIds(editor.chat())));
            return view;
        });
    }
}
