package io.parley.application.message;

import io.parley.application.event.ReadPointerMoved;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;

/** Marks a conversation read up to a message; an older message leaves the pointer where it is. */
public final class MarkReadService implements MarkReadUseCase {
    private final ChatRepository chats;
    private final MessageTargets targets;
    private final TransactionRunner transactions;
    private final EventPublisher events;

    public MarkReadService(ChatRepository chats, MessageRepository messages, TransactionRunner transactions,
                           EventPublisher events) {
        this.chats = chats;
        this.targets = new MessageTargets(chats, messages);
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public ReadState markRead(MarkReadCommand command) {
        Outcome outcome = transactions.inTransaction(() -> {
            TargetMessage target = targets.require(command.chat(), command.actor(), command.upTo());
            Membership reader = target.actor();
            Message message = target.message();
            boolean moved = chats.advanceReadPointer(reader.chat(), command.actor(), message.seq());
            ReadPointerMoved event = moved ? new ReadPointerMoved(reader.chat(), command.actor(), message.seq(),
                    chats.memberIds(reader.chat())) : null;
            return new Outcome(new ReadState(chats.readPointer(reader.chat(), command.actor()), moved), event);
        });
        if (outcome.event() != null) {
            events.publish(outcome.event());
        }
        return outcome.state();
    }

    private record Outcome(ReadState state, ReadPointerMoved event) {
    }
}
