package io.parley.adapter.inprocess;

import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls of a single node, in memory, each session with the time it last joined or was kept alive. */
public final class InMemoryCallRoster implements CallRoster {
    private record Seat(CallParticipant participant, Instant alive) {}

    private final Map<ChatId, LinkedHashMap<String, Seat>> calls = new HashMap<>();

    @Override
    public synchronized List<CallParticipant> join(ChatId room, CallParticipant participant) {
        LinkedHashMap<String, Seat> call = calls.computeIfAbsent(room, r -> new LinkedHashMap<>());
        List<CallParticipant> before = participants(call);
        call.put(participant.sessionId(), new Seat(participant, Instant.now()));
        return before;
    }

    @Override
    public synchronized Departure leave(ChatId room, String sessionId) {
        LinkedHashMap<String, Seat> call = calls.get(room);
        if (call == null || call.remove(sessionId) == null) {
            return Departure.NOT_IN_CALL;
        }
        if (call.isEmpty()) {
            calls.remove(room);
            return Departure.CALL_ENDED;
        }
        return Departure.OTHERS_REMAIN;
    }

    @Override
    public synchronized Optional<CallParticipant> find(ChatId room, String sessionId) {
        return Optional.ofNullable(
                        calls.getOrDefault(room, new LinkedHashMap<>()).get(sessionId))
                .map(Seat::participant);
    }

    @Override
    public synchronized List<CallParticipant> participants(ChatId room) {
        return participants(calls.getOrDefault(room, new LinkedHashMap<>()));
    }

    @Override
    public synchronized Map<ChatId, List<CallParticipant>> ongoing(Collection<ChatId> rooms) {
        Map<ChatId, List<CallParticipant>> ongoing = new HashMap<>();
        for (ChatId room : rooms) {
            LinkedHashMap<String, Seat> call = calls.get(room);
            if (call != null && !call.isEmpty()) {
                ongoing.put(room, participants(call));
            }
        }
        return ongoing;
    }

    @Override
    public synchronized void keepAlive(ChatId room, Collection<String> sessionIds) {
        LinkedHashMap<String, Seat> call = calls.get(room);
        if (call != null) {
            Instant now = Instant.now();
            sessionIds.forEach(id -> call.computeIfPresent(id, (key, seat) -> new Seat(seat.participant(), now)));
        }
    }

    @Override
    public synchronized List<AbandonedSession> sweep(Instant cutoff) {
        List<AbandonedSession> abandoned = new ArrayList<>();
        for (Iterator<Map.Entry<ChatId, LinkedHashMap<String, Seat>>> rooms =
                        calls.entrySet().iterator();
                rooms.hasNext(); ) {
            Map.Entry<ChatId, LinkedHashMap<String, Seat>> call = rooms.next();
            List<Seat> stale = call.getValue().values().stream()
                    .filter(s -> !s.alive().isAfter(cutoff))
                    .toList();
            stale.forEach(seat -> call.getValue().remove(seat.participant().sessionId()));
            boolean empty = call.getValue().isEmpty();
            for (int i = 0; i < stale.size(); i++) {
                abandoned.add(new AbandonedSession(
                        call.getKey(), stale.get(i).participant(), empty && i == stale.size() - 1));
            }
            if (empty) {
                rooms.remove();
            }
        }
        return abandoned;
    }

    private static List<CallParticipant> participants(LinkedHashMap<String, Seat> call) {
        return call.values().stream().map(Seat::participant).toList();
    }
}
