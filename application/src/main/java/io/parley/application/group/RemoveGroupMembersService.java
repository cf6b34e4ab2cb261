package io.parley.application.group;

import io.parley.application.event.MembersRemoved;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/** Removes members from a group; the owner's right; the removed users are told too. */
public final class RemoveGroupMembersService implements RemoveGroupMembersUseCase {
    private final GroupEditor editor;

    public RemoveGroupMembersService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this.editor = new GroupEditor(chats, transactions, events);
    }

    @Override
    public GroupView remove(RemoveGroupMembersCommand command) {
        GroupMembersRequest.checkSize(command.users(), false);
        List<UserId> removed = command.users().stream().distinct().toList();
        Group after = editor.apply(command.group(), before -> {
            Group shrunk = before.removeMembers(command.actor(), removed);
            List<UserId> audience = new ArrayList<>(shrunk.memberIds());
            audience.addAll(removed);
            return new GroupEditor.Outcome(shrunk, List.of(new MembersRemoved(shrunk.id(), removed, false, audience)));
        });
        return GroupViews.of(after);
    }
}
