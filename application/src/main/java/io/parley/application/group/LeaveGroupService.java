package io.parley.application.group;

import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatEvent;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MembersRemoved;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MediaStore;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A member leaves; a leaving owner's group passes on, and the last one out deletes it. */
public final class LeaveGroupService implements LeaveGroupUseCase {
    private final GroupEditor editor;

    public LeaveGroupService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    /** One that also removes a deleted group's files from {@code media} once the deletion has committed. */
    public LeaveGroupService(
            ChatRepository chats, TransactionRunner transactions, EventPublisher events, MediaStore media) {
        this.editor = new GroupEditor(chats, transactions, events, media);
    }

    @Override
    public void leave(LeaveGroupCommand command) {
        UserId actor = command.actor();
        editor.apply(command.group(), before -> {
            Optional<Group> after = before.leave(actor);
            if (after.isEmpty()) {
                return new GroupEditor.Outcome(
                        null, List.of(new ChatDeleted(before.id(), ChatKind.GROUP, List.of(actor))));
            }
            Group rest = after.get();
            List<UserId> audience = new ArrayList<>(rest.memberIds());
            audience.add(actor);
            List<ChatEvent> events = new ArrayList<>();
            events.add(new MembersRemoved(rest.id(), List.of(actor), true, audience));
            if (!rest.owner().equals(before.owner())) {
                events.add(new GroupChanged(GroupViews.of(rest), rest.memberIds()));
            }
            return new GroupEditor.Outcome(rest, events);
        });
    }
}
