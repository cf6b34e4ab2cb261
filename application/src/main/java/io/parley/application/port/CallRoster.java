package io.parley.application.port;

import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.domain.chat.ChatId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is in the call of each conversation, across all nodes. The node holding a session's socket keeps it alive; a
 * session nobody keeps alive (its node crashed) is swept out.
 */
public interface CallRoster {
    /** Adds a participant; returns who was in the call before, atomically (empty: this participant started it). */
    List<CallParticipant> join(ChatId room, CallParticipant participant);

    /** Removes a session, atomically: each session leaves once, and only the last one out ends the call. */
    Departure leave(ChatId room, String sessionId);

    /** The session in the call, if it is in it. */
    Optional<CallParticipant> find(ChatId room, String sessionId);

    /** Everyone in the call, in joining order. */
    List<CallParticipant> participants(ChatId room);

    /** The calls going on among {@code rooms}: each room with a call, with its participants in joining order. */
    Map<ChatId, List<CallParticipant>> ongoing(Collection<ChatId> rooms);

    /** Marks sessions of a call as still connected, now (unknown sessions are ignored). */
    void keepAlive(ChatId room, Collection<String> sessionIds);

    /** Removes every session not joined or kept alive after {@code cutoff}; each is returned once, to one caller. */
    List<AbandonedSession> sweep(Instant cutoff);
}
