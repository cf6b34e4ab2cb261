package io.parley.bootstrap;

import io.parley.application.call.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls of a single node, in memory. */
public final class InMemoryCallRoster implements CallRoster {
    private final Map<ChatId, LinkedHashMap<String, CallParticipant>> calls = new HashMap<>();

    @Override
    public synchronized List<CallParticipant> join(ChatId room, CallParticipant participant) {
        LinkedHashMap<String, CallParticipant> call = calls.computeIfAbsent(room, r -> new LinkedHashMap<>());
        List<CallParticipant> before = new ArrayList<>(call.values());
        call.put(participant.sessionId(), participant);
        return before;
    }

    @Override
    public synchronized boolean leave(ChatId room, String sessionId) {
        LinkedHashMap<String, CallParticipant> call = calls.get(room);
        if (call == null || call.remove(sessionId) == null) {
            return false;
        }
        if (call.isEmpty()) {
            calls.remove(room);
            return true;
        }
        return false;
    }

    @Override
    public synchronized Optional<CallParticipant> find(ChatId room, String sessionId) {
        return Optional.ofNullable(calls.getOrDefault(room, new LinkedHashMap<>()).get(sessionId));
    }

    @Override
    public synchronized List<CallParticipant> participants(ChatId room) {
        return List.copyOf(calls.getOrDefault(room, new LinkedHashMap<>()).values());
    }
}
