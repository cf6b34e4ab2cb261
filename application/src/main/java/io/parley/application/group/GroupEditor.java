package io.parley.application.group;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ChatEvent;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MediaStore;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Group;
import io.parley.domain.media.MediaOwner;
import java.util.List;

/**
 * The one way a group changes: lock it, let the domain apply the change (which refuses outsiders with "not found"
 * and non-owners with "forbidden"), store the result, and publish the change's events (and remove a deleted group's files) after commit.
 */
final class GroupEditor {
    private final ChatRepository chats;
    private final CommitThenPublish commits;
    private final MediaStore media;

    GroupEditor(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this(chats, transactions, events, null);
    }

    /** An editor that also removes a deleted group's files from {@code media} (null: the server stores none). */
    GroupEditor(ChatRepository chats, TransactionRunner transactions, EventPublisher events, MediaStore media) {
        this.chats = chats;
        this.media = media;
        this.commits = new CommitThenPublish(transactions, events);
    }

    /** Applies {@code change} to the locked group; returns the group after it, or null if the change deleted it. */
    Group apply(ChatId id, Change change) {
        return commits.run(after -> {
            Group before = chats.findGroupForUpdate(id).orElseThrow(ChatAddress.group(id.value())::notFound);
            Outcome result = change.apply(before);
            if (result.after() == null) {
                chats.delete(id);
            } else {
                chats.updateGroup(result.after());
            }
            after.publishAll(result.events());
            if (result.after() == null && media != null) {
                // its media rows went with it; its files go once that has committed and members were told
                MediaOwner files = MediaOwner.of(ChatAddress.group(id.value()));
                after.then("the files of deleted group " + id.value(), () -> media.deleteAll(files));
            }
            return result.after();
        });
    }

    /** A change to one group: the domain call and the events it causes. */
    @FunctionalInterface
    interface Change {
        Outcome apply(Group before);
    }

    /** The group after a change (null if deleted) and what to tell about it. */
    record Outcome(Group after, List<ChatEvent> events) {}
}
