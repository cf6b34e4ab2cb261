package io.parley.application.port;

import io.parley.application.call.CallParticipant;
import io.parley.domain.chat.ChatId;
import java.util.List;
import java.util.Optional;

/** Who is in the call of each conversation, across all nodes. */
public interface CallRoster {
    /** Adds a participant; returns who was in the call before, atomically (empty: this participant started it). */
    List<CallParticipant> join(ChatId room, CallParticipant participant);

    /** Removes a session; true if the call is empty afterwards (false also when the session was not in it). */
    boolean leave(ChatId room, String sessionId);

    /** The session in the call, if it is in it. */
    Optional<CallParticipant> find(ChatId room, String sessionId);

    /** Everyone in the call, in joining order. */
    List<CallParticipant> participants(ChatId room);
}
