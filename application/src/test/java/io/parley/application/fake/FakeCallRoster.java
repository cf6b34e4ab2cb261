package io.parley.application.fake;

import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls as a plain list of seats, for service tests; {@link #abandon} marks sessions as no longer kept alive, and
 * {@link #sweep} returns those (the cutoff is ignored: tests decide what is stale).
 */
public final class FakeCallRoster implements CallRoster {
    private static final class Seat {
        private final ChatId room;
        private final CallParticipant participant;
        private boolean abandoned;

        private Seat(ChatId room, CallParticipant participant) {
            this.room = room;
            this.participant = participant;
        }
    }

    private final List<Seat> seats = new ArrayList<>();

    @Override
    public List<CallParticipant> join(ChatId room, CallParticipant participant) {
        List<CallParticipant> before = participants(room);
        seats.add(new Seat(room, participant));
        return before;
    }

    @Override
    public Departure leave(ChatId room, String sessionId) {
        if (!seats.removeIf(
                s -> s.room.equals(room) && s.participant.sessionId().equals(sessionId))) {
            return Departure.NOT_IN_CALL;
        }
        return participants(room).isEmpty() ? Departure.CALL_ENDED : Departure.OTHERS_REMAIN;
    }

    @Override
    public Optional<CallParticipant> find(ChatId room, String sessionId) {
        return participants(room).stream()
                .filter(p -> p.sessionId().equals(sessionId))
                .findFirst();
    }

    @Override
    public List<CallParticipant> participants(ChatId room) {
        return seats.stream()
                .filter(s -> s.room.equals(room))
                .map(s -> s.participant)
                .toList();
    }

    @Override
    public Map<ChatId, List<CallParticipant>> ongoing(Collection<ChatId> rooms) {
        Map<ChatId, List<CallParticipant>> ongoing = new HashMap<>();
        rooms.stream()
                .filter(room -> !participants(room).isEmpty())
                .forEach(room -> ongoing.put(room, participants(room)));
        return ongoing;
    }

    @Override
    public void keepAlive(ChatId room, Collection<String> sessionIds) {
        seats.stream()
                .filter(s -> s.room.equals(room) && sessionIds.contains(s.participant.sessionId()))
                .forEach(s -> s.abandoned = false);
    }

    /** Marks a session as no longer kept alive by any node. */
    public void abandon(String sessionId) {
        seats.stream().filter(s -> s.participant.sessionId().equals(sessionId)).forEach(s -> s.abandoned = true);
    }

    @Override
    public List<AbandonedSession> sweep(Instant cutoff) {
        List<AbandonedSession> swept = new ArrayList<>();
        for (Seat seat : List.copyOf(seats)) {
            if (seat.abandoned) {
                seats.remove(seat);
                swept.add(new AbandonedSession(
                        seat.room, seat.participant, participants(seat.room).isEmpty()));
            }
        }
        return swept;
    }
}
