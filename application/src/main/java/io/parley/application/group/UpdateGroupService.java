package io.parley.application.group;

import io.parley.application.event.GroupChanged;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.DomainException;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.GroupDescription;
import io.parley.domain.chat.GroupName;
import java.util.List;

/** Changes a group's name or description; the owner's right, checked by the group itself. */
public final class UpdateGroupService implements UpdateGroupUseCase {
    private final GroupEditor editor;

    public UpdateGroupService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    @Override
    public GroupView update(UpdateGroupCommand command) {
        if (command.name() == null && command.description() == null) {
            throw DomainException.invalid("group.empty_change", "give a new name, a new description, or both");
        }
        GroupName name = command.name() == null ? null : GroupName.of(command.name());
        GroupDescription description =
                command.description() == null ? null : GroupDescription.of(command.description());
        Group after = editor.apply(command.group(), before -> {
            Group changed = before.changeDetails(command.actor(), name, description);
            return new GroupEditor.Outcome(
                    changed, List.of(new GroupChanged(GroupViews.of(changed), changed.memberIds())));
        });
        return GroupViews.of(after);
    }
}
