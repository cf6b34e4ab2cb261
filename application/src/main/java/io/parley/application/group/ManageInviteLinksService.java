package io.parley.application.group;

import io.parley.application.model.InviteLinkView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.InviteLinkRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.InviteLink;
import io.parley.domain.chat.InviteLinkNotFoundException;
import io.parley.domain.chat.InviteToken;
import java.time.Instant;
import java.util.List;

/** Creates, lists and revokes invite links under the group's "owner or admin" rule. */
public final class ManageInviteLinksService implements ManageInviteLinksUseCase {
    private final ChatRepository chats;
    private final InviteLinkRepository links;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ManageInviteLinksService(
            ChatRepository chats, InviteLinkRepository links, TransactionRunner transactions, Clock clock) {
        this.chats = chats;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public InviteLinkView create(ManageInviteLinksCommand command) {
        return transactions.inTransaction(() -> {
            Group group = group(command);
            Instant now = clock.now();
            InviteLink link = InviteLink.create(
                    links.nextId(),
                    group,
                    command.actor(),
                    InviteTokens.next(),
                    now,
                    command.expiresAt(),
                    command.maxUses());
            links.add(link);
            return InviteLinkView.of(link, now);
        });
    }

    @Override
    public List<InviteLinkView> list(ManageInviteLinksCommand command) {
        return transactions.inTransaction(() -> {
            group(command).checkModeratedBy(command.actor());
            Instant now = clock.now();
            return links.ofGroup(command.group()).stream()
                    .map(link -> InviteLinkView.of(link, now))
                    .toList();
        });
    }

    @Override
    public InviteLinkView revoke(ManageInviteLinksCommand command) {
        return transactions.inTransaction(() -> {
            Group group = group(command);
            group.checkModeratedBy(command.actor());
            InviteLink link =
                    links.findForUpdate(new InviteToken(command.token())).orElseThrow(InviteLinkNotFoundException::new);
            Instant now = clock.now();
            InviteLink revoked = link.revoke(group, command.actor(), now);
            links.update(revoked);
            return InviteLinkView.of(revoked, now);
        });
    }

    private Group group(ManageInviteLinksCommand command) {
        return chats.findGroupForUpdate(command.group())
                .filter(g -> g.hasMember(command.actor()))
                .orElseThrow(ChatAddress.group(command.group().value())::notFound);
    }
}
