package io.parley.application.chat;

import io.parley.application.port.ChatRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;

/** The one membership check every conversation use case starts with: outsiders get "not found". */
public final class Conversations {
    private final ChatRepository chats;

    public Conversations(ChatRepository chats) {
        this.chats = chats;
    }

    /** The user's membership of the addressed conversation; throws {@code ChatNotFoundException} if there is none. */
    public Membership requireMember(ChatAddress address, UserId user) {
        return chats.findMembership(address, user).orElseThrow(address::notFound);
    }
}
