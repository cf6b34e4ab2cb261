package io.parley.application.call;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;
import java.util.UUID;

/** A member's socket joins the call of a conversation. */
public record JoinCallCommand(UserId actor, ChatAddress chat, String sessionId) {
    /** A join with a fresh, server-made session id. */
    public JoinCallCommand(UserId actor, ChatAddress chat) {
        this(actor, chat, UUID.randomUUID().toString());
    }
}
