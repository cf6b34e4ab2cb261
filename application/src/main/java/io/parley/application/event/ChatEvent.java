package io.parley.application.event;

import io.parley.domain.chat.ChatId;

/** An event of one conversation. */
public sealed interface ChatEvent extends Event
        permits SequencedChatEvent,
                ChatCreated,
                ReadPointerMoved,
                MarkedUnread,
                ThreadReadMoved,
                ChatSettingsChanged,
                MembersAdded,
                MembersRemoved,
                GroupChanged,
                ChatDeleted,
                TypingChanged,
                CallSignal,
                CallMembershipChanged,
                CallStateChanged {

    ChatId chat();
}
