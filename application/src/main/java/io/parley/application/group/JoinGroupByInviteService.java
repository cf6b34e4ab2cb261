package io.parley.application.group;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.MembersAdded;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.InviteLinkRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.InviteLink;
import io.parley.domain.chat.InviteLinkNotFoundException;
import io.parley.domain.chat.InviteToken;
import java.time.Instant;
import java.util.List;

/**
 * Admits the holder of a usable invite link: the link is locked, counted and the member added in one transaction;
 * the members (and the newcomer's sockets) hear of it after commit, as with any addition.
 */
public final class JoinGroupByInviteService implements JoinGroupByInviteUseCase {
    private final ChatRepository chats;
    private final InviteLinkRepository links;
    private final CommitThenPublish commits;
    private final Clock clock;

    public JoinGroupByInviteService(
            ChatRepository chats,
            InviteLinkRepository links,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.links = links;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public GroupView join(JoinGroupByInviteCommand command) {
        InviteToken token = new InviteToken(command.token() == null ? "" : command.token());
        return commits.run(after -> {
            InviteLink link = links.findForUpdate(token).orElseThrow(InviteLinkNotFoundException::new);
            Group group = chats.findGroupForUpdate(link.group()).orElseThrow(InviteLinkNotFoundException::new);
            if (group.hasMember(command.actor())) {
                return GroupViews.of(group);
            }
            Instant now = clock.now();
            InviteLink used = link.redeem(now);
            Group grown = group.join(command.actor(), now);
            chats.updateGroup(grown);
            links.update(used);
            after.publishAll(List.of(new MembersAdded(
                    grown.id(),
                    List.of(command.actor()),
                    chats.position(grown.id()).cursor(),
                    grown.memberIds())));
            return GroupViews.of(grown);
        });
    }
}
