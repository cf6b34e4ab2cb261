package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A committed change to a conversation, with the users who should hear of it. */
public sealed interface ChatEvent permits ChatCreated, MessageSent, MessageEdited, MessageDeleted, ReadPointerMoved,
        MembersAdded, MembersRemoved, GroupChanged, ChatDeleted {

    ChatId chat();

    /** Who is told: the members after the change, plus anyone the change removed. */
    List<UserId> audience();
}
