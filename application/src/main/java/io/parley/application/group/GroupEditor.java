package io.parley.application.group;

import io.parley.application.event.ChatEvent;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Group;
import java.util.List;

/**
 * The one way a group changes: lock it, let the domain apply the change (which refuses outsiders with "not found"
 * and non-owners with "forbidden"), store the result, and publish the change's events after commit.
 */
final class GroupEditor {
    private final ChatRepository chats;
    private final TransactionRunner transactions;
    private final EventPublisher events;

    GroupEditor(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.chats = chats;
        this.transactions = transactions;
        this.events = events;
    }

    /** Applies {@code change} to the locked group; returns the group after it, or null if the change deleted it. */
    Group apply(ChatId id, Change change) {
        Outcome outcome = transactions.inTransaction(() -> {
            Group before = chats.findGroupForUpdate(id).orElseThrow(ChatAddress.group(id.value())::notFound);
            Outcome result = change.apply(before);
            if (result.after() == null) {
                chats.delete(id);
            } else {
                chats.updateGroup(result.after());
            }
            return result;
        });
        outcome.events().forEach(events::publish);
        return outcome.after();
    }

    /** A change to one group: the domain call and the events it causes. */
    @FunctionalInterface
    interface Change {
        Outcome apply(Group before);
    }

    /** The group after a change (null if deleted) and what to tell about it. */
    record Outcome(Group after, List<ChatEvent> events) {
    }
}
