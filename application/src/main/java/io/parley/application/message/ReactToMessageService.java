package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.ReactionChange;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EmojiDictionary;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.ReactionRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.reaction.Emoji;
import io.parley.domain.reaction.MessageReactions;
import io.parley.domain.reaction.Reaction;
import io.parley.domain.reaction.ReactionLimits;
import java.util.Optional;

/**
 * Adds or removes a member's reaction: under the conversation's lock, as one change of its cursor (so a resuming
 * socket catches up on it like on an edit), then the members hear of it after commit. A change that changes nothing
 * takes no cursor and publishes nothing.
 */
public final class ReactToMessageService implements ReactToMessageUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final ReactionRepository reactions;
    private final MessageTargets targets;
    private final CommitThenPublish commits;
    private final TransactionRunner transactions;
    private final EmojiDictionary emojis;
    private final ReactionLimits limits;
    private final Clock clock;

    public ReactToMessageService(
            ChatRepository chats,
            MessageRepository messages,
            ReactionRepository reactions,
            TransactionRunner transactions,
            EventPublisher events,
            EmojiDictionary emojis,
            ReactionLimits limits,
            Clock clock) {
        this.chats = chats;
        this.messages = messages;
        this.reactions = reactions;
        this.targets = new MessageTargets(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.transactions = transactions;
        this.emojis = emojis;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public MessageView react(ReactToMessageCommand command) {
        try {
            return commits.run(after -> {
                // outsiders learn nothing, not even whether their emoji would have been accepted
                TargetMessage target = targets.require(command.chat(), command.actor(), command.message());
                Emoji emoji = Emoji.parse(command.emoji(), emojis::isSingleEmoji);
                if (!changes(reactions.of(command.message()), command, emoji)) {
                    throw new NothingChanged();
                }
                ChangeTarget locked = targets.lockedForChange(command.chat(), command.actor(), command.message());
                // re-read under the lock: a racing twin may have made this one a no-op, which must take no cursor
                if (!apply(reactions.of(command.message()), command, emoji)) {
                    throw new NothingChanged();
                }
                Membership member = locked.actor();
                messages.markChanged(member.chat(), command.message(), locked.cursor());
                MessageView view = current(member, command.message());
                after.publish(new MessageEdited(
                        view,
                        locked.cursor(),
                        chats.memberIds(member.chat()),
                        new ReactionChange(command.actor().value(), emoji.value(), command.add())));
                return view.forViewer(command.actor().value());
            });
        } catch (NothingChanged unchanged) {
            return transactions.inTransaction(() -> {
                Membership member = new MessageTargets(chats, messages)
                        .require(command.chat(), command.actor(), command.message())
                        .actor();
                return current(member, command.message())
                        .forViewer(command.actor().value());
            });
        }
    }

    private boolean changes(MessageReactions current, ReactToMessageCommand command, Emoji emoji) {
        return command.add()
                ? current.add(command.actor(), emoji, clock.now(), limits).isPresent()
                : current.has(command.actor(), emoji);
    }

    private boolean apply(MessageReactions current, ReactToMessageCommand command, Emoji emoji) {
        if (!command.add()) {
            if (!current.has(command.actor(), emoji)) {
                return false;
            }
            reactions.remove(command.message(), command.actor(), emoji);
            return true;
        }
        Optional<Reaction> added = current.add(command.actor(), emoji, clock.now(), limits);
        added.ifPresent(reaction -> reactions.add(command.message(), reaction));
        return added.isPresent();
    }

    private MessageView current(Membership member, MessageId id) {
        AuthoredMessage stored =
                messages.findAuthored(member.chat(), id).orElseThrow(() -> new MessageNotFoundException(id));
        return MessageViews.of(stored, member.kind(), chats.readHorizon(member.chat()));
    }
}
