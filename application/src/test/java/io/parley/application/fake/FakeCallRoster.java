package io.parley.application.fake;

import io.parley.application.call.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Calls as a plain list of (room, participant) pairs, for service tests. */
public final class FakeCallRoster implements CallRoster {
    private record Seat(ChatId room, CallParticipant participant) {
    }

    private final List<Seat> seats = new ArrayList<>();

    @Override
    public List<CallParticipant> join(ChatId room, CallParticipant participant) {
        List<CallParticipant> before = participants(room);
        seats.add(new Seat(room, participant));
        return before;
    }

    @Override
    public boolean leave(ChatId room, String sessionId) {
        boolean removed = seats.removeIf(s -> s.room().equals(room) && s.participant().sessionId().equals(sessionId));
        return removed && participants(room).isEmpty();
    }

    @Override
    public Optional<CallParticipant> find(ChatId room, String sessionId) {
        return participants(room).stream().filter(p -> p.sessionId().equals(sessionId)).findFirst();
    }

    @Override
    public List<CallParticipant> participants(ChatId room) {
        return seats.stream().filter(s -> s.room().equals(room)).map(Seat::participant).toList();
    }
}
