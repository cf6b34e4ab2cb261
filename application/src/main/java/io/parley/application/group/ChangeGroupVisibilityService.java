package io.parley.application.group;

import io.parley.application.event.GroupChanged;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import java.util.List;

/** Opens or closes a group (owner or admins) and tells the members through {@code group_changed}. */
public final class ChangeGroupVisibilityService implements ChangeGroupVisibilityUseCase {
    private final GroupEditor editor;

    public ChangeGroupVisibilityService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    @Override
    public GroupView change(ChangeGroupVisibilityCommand command) {
        Group after = editor.apply(command.group(), before -> {
            Group changed = before.changeOpenness(command.actor(), command.open());
            return new GroupEditor.Outcome(
                    changed,
                    changed.isPublic() != before.isPublic()
                            ? List.of(new GroupChanged(GroupViews.of(changed), changed.memberIds()))
                            : List.of());
        });
        return GroupViews.of(after);
    }
}
