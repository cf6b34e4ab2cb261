package io.parley.application.group;

import io.parley.application.event.GroupChanged;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import java.util.List;

/** Hands a group to another member; the owner's right; handing it to oneself changes nothing. */
public final class TransferGroupOwnershipService implements TransferGroupOwnershipUseCase {
    private final GroupEditor editor;

    public TransferGroupOwnershipService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    @Override
    public GroupView transfer(TransferGroupOwnershipCommand command) {
        Group after = editor.apply(command.group(), before -> {
            Group handed = before.transferOwnership(command.actor(), command.newOwner());
            boolean changed = !handed.owner().equals(before.owner());
            return new GroupEditor.Outcome(
                    handed, changed ? List.of(new GroupChanged(GroupViews.of(handed), handed.memberIds())) : List.of());
        });
        return GroupViews.of(after);
    }
}
