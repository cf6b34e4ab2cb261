package io.parley.application.chat;

import io.parley.application.port.ChatRepository;
import io.parley.domain.chat.Membership;

/** The membership check on its own, for adapters that must refuse outsiders before anything else happens. */
public final class CheckMembershipService implements CheckMembershipUseCase {
    private final Conversations conversations;

    public CheckMembershipService(ChatRepository chats) {
        this.conversations = new Conversations(chats);
    }

    @Override
    public Membership check(CheckMembershipQuery query) {
        return conversations.requireMember(query.chat(), query.actor());
    }
}
