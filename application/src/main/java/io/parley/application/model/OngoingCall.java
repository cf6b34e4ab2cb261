package io.parley.application.model;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import java.util.List;

/** A call going on in one of a user's conversations: who is in it, in joining order (the first one started it). */
public record OngoingCall(ChatId chat, ChatKind kind, List<CallParticipant> participants) {
    public OngoingCall {
        participants = List.copyOf(participants);
    }
}
