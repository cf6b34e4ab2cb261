package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MessageDeleted;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import java.time.Instant;
import java.util.List;

/** Deletes a message if the actor wrote it or owns the group; it is gone from history for everyone. */
public final class DeleteMessageService implements DeleteMessageUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final MessageTargets targets;
    private final ThreadRootChanges threadRoots;
    private final CommitThenPublish commits;
    private final UserRepository users;
    private final Clock clock;

    public DeleteMessageService(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.messages = messages;
        this.targets = new MessageTargets(chats, messages);
        this.threadRoots = new ThreadRootChanges(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteMessageCommand command) {
        commits.run(after -> {
            TargetMessage target = targets.require(command.chat(), command.actor(), command.message());
            // refuse before taking the conversation's lock
            target.message().checkDeletableBy(target.actor());
            String deleterName = users.findById(command.actor())
                    .orElseThrow(() -> new UserNotFoundException(command.actor()))
                    .name()
                    .value();
            ChangeTarget locked = targets.lockedForChange(command.chat(), command.actor(), command.message());
            Membership actor = locked.actor();
            Message message = locked.message();
            Instant at = clock.now();
            messages.delete(actor.chat(), message.id(), command.actor(), at, locked.cursor());
            List<UserId> audience = chats.memberIds(actor.chat());
            after.publish(new MessageDeleted(
                    actor.chat(),
                    actor.kind(),
                    message.id(),
                    message.seq(),
                    command.actor(),
                    deleterName,
                    at,
                    locked.cursor(),
                    audience));
            // a reply gone from a thread changes the thread's summary on its root
            message.thread().ifPresent(place -> threadRoots.changed(actor, place.root(), audience, after));
            return null;
        });
    }
}
