package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.PinChange;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PinRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.pin.ChatPins;
import io.parley.domain.pin.Pin;
import java.util.Optional;

/**
 * Pins or unpins a live message: under the conversation's lock, as one change of its cursor (so a resuming socket
 * catches up on it like on an edit: the message with its pin as it is now), then the members hear of it after
 * commit. A pin that changes nothing takes no cursor and publishes nothing.
 */
public final class PinMessageService implements PinMessageUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final PinRepository pins;
    private final MessageTargets targets;
    private final CommitThenPublish commits;
    private final TransactionRunner transactions;
    private final int pinsPerChat;
    private final Clock clock;

    public PinMessageService(
            ChatRepository chats,
            MessageRepository messages,
            PinRepository pins,
            TransactionRunner transactions,
            EventPublisher events,
            int pinsPerChat,
            Clock clock) {
        this.chats = chats;
        this.messages = messages;
        this.pins = pins;
        this.targets = new MessageTargets(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.transactions = transactions;
        this.pinsPerChat = pinsPerChat;
        this.clock = clock;
    }

    @Override
    public MessageView pin(PinMessageCommand command) {
        try {
            return commits.run(after -> {
                // outsiders and missing (or deleted) messages are refused first; then who may pin, before the lock
                TargetMessage target = targets.require(command.chat(), command.actor(), command.message());
                if (!apply(target.actor(), target.message(), command, false)) {
                    throw new NothingChanged();
                }
                ChangeTarget locked = targets.lockedForChange(command.chat(), command.actor(), command.message());
                // re-read under the lock: a racing twin may have made this one a no-op, which must take no cursor
                if (!apply(locked.actor(), locked.message(), command, true)) {
                    throw new NothingChanged();
                }
                Membership member = locked.actor();
                messages.markChanged(member.chat(), command.message(), locked.cursor());
                MessageView view = current(member, command.message());
                after.publish(new MessageEdited(
                        view,
                        locked.cursor(),
                        chats.memberIds(member.chat()),
                        null,
                        new PinChange(command.actor().value(), command.pin())));
                return view.forViewer(command.actor().value());
            });
        } catch (NothingChanged unchanged) {
            return transactions.inTransaction(() -> {
                Membership member = targets.require(command.chat(), command.actor(), command.message())
                        .actor();
                return current(member, command.message())
                        .forViewer(command.actor().value());
            });
        }
    }

    /** Whether the command changes the pins; stores the change only when {@code store}. */
    private boolean apply(Membership actor, Message message, PinMessageCommand command, boolean store) {
        ChatPins current = pins.of(actor.chat());
        if (!command.pin()) {
            boolean changes = current.unpin(actor, message.id());
            if (changes && store) {
                pins.remove(actor.chat(), message.id());
            }
            return changes;
        }
        Optional<Pin> added = current.pin(actor, message, clock.now(), pinsPerChat);
        if (store) {
            added.ifPresent(pin -> pins.add(actor.chat(), pin));
        }
        return added.isPresent();
    }

    private MessageView current(Membership member, MessageId id) {
        AuthoredMessage stored =
                messages.findAuthored(member.chat(), id).orElseThrow(() -> new MessageNotFoundException(id));
        return MessageViews.of(stored, member.kind(), chats.readHorizon(member.chat()));
    }
}
