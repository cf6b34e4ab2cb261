package io.parley.application.group;

import io.parley.application.event.GroupChanged;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import java.util.List;

/** Appoints and dismisses admins (the owner's right) and tells the members through {@code group_changed}. */
public final class ChangeGroupRoleService implements ChangeGroupRoleUseCase {
    private final GroupEditor editor;

    public ChangeGroupRoleService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    @Override
    public GroupView change(ChangeGroupRoleCommand command) {
        Group after = editor.apply(command.group(), before -> {
            Group changed = command.admin()
                    ? before.appointAdmin(command.actor(), command.member())
                    : before.dismissAdmin(command.actor(), command.member());
            boolean differs = !changed.admins().equals(before.admins());
            return new GroupEditor.Outcome(
                    changed,
                    differs ? List.of(new GroupChanged(GroupViews.of(changed), changed.memberIds())) : List.of());
        });
        return GroupViews.of(after);
    }
}
