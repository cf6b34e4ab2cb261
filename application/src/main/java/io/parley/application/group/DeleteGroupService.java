package io.parley.application.group;

import io.parley.application.event.ChatDeleted;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MediaStore;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatKind;
import java.util.List;

/** Deletes a group with its messages; the owner's right. */
public final class DeleteGroupService implements DeleteGroupUseCase {
    private final GroupEditor editor;

    public DeleteGroupService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    /** One that also removes a deleted group's files from {@code media} once the deletion has committed. */
    public DeleteGroupService(
            ChatRepository chats, TransactionRunner transactions, EventPublisher events, MediaStore media) {
        this.editor = new GroupEditor(chats, transactions, events, media);
    }

    @Override
    public void delete(DeleteGroupCommand command) {
        editor.apply(command.group(), before -> {
            before.checkDeletableBy(command.actor());
            return new GroupEditor.Outcome(
                    null, List.of(new ChatDeleted(before.id(), ChatKind.GROUP, before.memberIds())));
        });
    }
}
