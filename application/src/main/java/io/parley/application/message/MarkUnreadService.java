package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MarkedUnread;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.UserNotFoundException;
import java.util.List;

/**
 * Marks a conversation unread from a message: the same membership and message checks as a read, then the member's
 * own pointer moves back (the rule is {@link ReadPosition#markUnreadFrom}); their other sockets hear of it.
 */
public final class MarkUnreadService implements MarkUnreadUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final MessageTargets targets;
    private final CommitThenPublish commits;
    private final Clock clock;

    public MarkUnreadService(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.users = users;
        this.targets = new MessageTargets(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public UnreadState markUnread(MarkUnreadCommand command) {
        return commits.run(after -> {
            TargetMessage target = targets.require(command.chat(), command.actor(), command.from());
            Membership reader = target.actor();
            Message message = target.message();
            ReadPosition before =
                    chats.readPositionForUpdate(reader.chat(), command.actor()).orElseThrow(command.chat()::notFound);
            ReadPosition now = before.markUnreadFrom(message.seq());
            boolean moved = !now.equals(before);
            if (moved) {
                chats.saveReadPosition(reader.chat(), command.actor(), now);
            }
            long unread = chats.unreadCount(reader.chat(), command.actor());
            if (moved) {
                String readerName = users.findById(command.actor())
                        .orElseThrow(() -> new UserNotFoundException(command.actor()))
                        .name()
                        .value();
                after.publish(new MarkedUnread(
                        reader.chat(),
                        command.actor(),
                        readerName,
                        message.id().value(),
                        message.seq(),
                        now.ownSeq(),
                        unread,
                        clock.now(),
                        List.of(command.actor())));
            }
            return new UnreadState(now.ownSeq(), unread, moved);
        });
    }
}
