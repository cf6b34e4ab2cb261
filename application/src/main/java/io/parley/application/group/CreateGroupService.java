package io.parley.application.group;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ChatCreated;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.GroupDescription;
import io.parley.domain.chat.GroupName;
import io.parley.domain.user.UserId;
import java.util.List;

/** Creates a group; every named member must exist, or nothing is created. */
public final class CreateGroupService implements CreateGroupUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final CommitThenPublish commits;
    private final Clock clock;

    public CreateGroupService(
            ChatRepository chats,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.users = users;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public GroupView create(CreateGroupCommand command) {
        GroupName name = GroupName.of(command.name());
        GroupDescription description = GroupDescription.of(command.description());
        List<UserId> invitees = command.members() == null ? List.of() : command.members();
        GroupMembersRequest.checkSize(invitees, true);
        Group group = commits.run(after -> {
            GroupMembersRequest.checkExist(invitees, users);
            Group created = Group.start(chats.nextChatId(), command.actor(), name, description, invitees, clock.now());
            chats.addGroup(created);
            after.publish(new ChatCreated(created.id(), ChatKind.GROUP, created.memberIds()));
            return created;
        });
        return GroupViews.of(group);
    }
}
