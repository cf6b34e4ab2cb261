package io.parley.application.group;

import io.parley.application.event.MembersAdded;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;
import java.util.List;

/** Adds existing users to a group; the owner's right; anyone already in makes the whole request a conflict. */
public final class AddGroupMembersService implements AddGroupMembersUseCase {
    private final GroupEditor editor;
    private final ChatRepository chats;
    private final UserRepository users;
    private final Clock clock;

    public AddGroupMembersService(
            ChatRepository chats,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.editor = new GroupEditor(chats, transactions, events);
        this.chats = chats;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public GroupView add(AddGroupMembersCommand command) {
        GroupMembersRequest.checkSize(command.users(), false);
        List<UserId> added = command.users().stream().distinct().toList();
        Group after = editor.apply(command.group(), before -> {
            Group grown = before.addMembers(command.actor(), added, clock.now());
            GroupMembersRequest.checkExist(added, users);
            return new GroupEditor.Outcome(
                    grown,
                    List.of(new MembersAdded(
                            grown.id(), added, chats.position(grown.id()).cursor(), grown.memberIds())));
        });
        return GroupViews.of(after);
    }
}
