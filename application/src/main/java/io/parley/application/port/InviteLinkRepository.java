package io.parley.application.port;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.InviteLink;
import io.parley.domain.chat.InviteToken;
import java.util.List;
import java.util.Optional;

/** Stores groups' invite links; a deleted group takes its links with it. */
public interface InviteLinkRepository {
    /** Reserves a new, never reused link id. */
    long nextId();

    /** Stores a new link. */
    void add(InviteLink link);

    /** The link with this token, locked until the transaction ends (so racing joins count every use). */
    Optional<InviteLink> findForUpdate(InviteToken token);

    /** Writes a link's use count and revocation. */
    void update(InviteLink link);

    /** The group's links, newest first. */
    List<InviteLink> ofGroup(ChatId group);
}
