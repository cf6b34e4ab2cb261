package io.parley.application.call;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallStateChanged;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import java.util.List;
import java.util.Optional;

/** Only a session's own user takes it out; the others hear of it, and the members when the call ended. */
public final class LeaveCallService implements LeaveCallUseCase {
    private final ChatRepository chats;
    private final CallRoster roster;
    private final EventPublisher events;
    private final Clock clock;

    public LeaveCallService(ChatRepository chats, CallRoster roster, EventPublisher events, Clock clock) {
        this.chats = chats;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void leave(LeaveCallCommand command) {
        Optional<CallParticipant> me = roster.find(command.chat().id(), command.sessionId())
                .filter(p -> p.user().equals(command.actor()));
        if (me.isEmpty()) {
            return;
        }
        Departure departure = roster.leave(command.chat().id(), command.sessionId());
        if (departure == Departure.NOT_IN_CALL) {
            // another path (a leave frame and the socket's close at once) took the session out first
            return;
        }
        List<CallParticipant> rest = roster.participants(command.chat().id());
        if (!rest.isEmpty()) {
            events.publish(new CallMembershipChanged(
                    command.chat().id(),
                    me.get(),
                    false,
                    rest.stream().map(CallParticipant::user).distinct().toList()));
        }
        if (departure == Departure.CALL_ENDED) {
            events.publish(new CallStateChanged(
                    command.chat().id(),
                    command.chat().kind(),
                    false,
                    command.actor(),
                    me.get().name(),
                    clock.now(),
                    chats.memberIds(command.chat().id())));
        }
    }
}
