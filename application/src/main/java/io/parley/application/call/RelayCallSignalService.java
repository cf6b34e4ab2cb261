package io.parley.application.call;

import io.parley.application.event.CallSignal;
import io.parley.application.model.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.application.port.EventPublisher;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import java.util.List;

/**
 * Refuses signals from a session that has not joined (or is not the caller's) and to a session not in the call; a
 * signal without a target goes to each other session of the call, one event per target, in joining order.
 */
public final class RelayCallSignalService implements RelayCallSignalUseCase {
    private final CallRoster roster;
    private final EventPublisher events;

    public RelayCallSignalService(CallRoster roster, EventPublisher events) {
        this.roster = roster;
        this.events = events;
    }

    @Override
    public void relay(RelayCallSignalCommand command) {
        CallParticipant from = roster.find(command.chat().id(), command.fromSession())
                .filter(p -> p.user().equals(command.actor()))
                .orElseThrow(() -> new DomainException(
                        ErrorKind.FORBIDDEN, "call.not_joined", "join this call before signalling in it"));
        for (CallParticipant to : targets(command)) {
            events.publish(new CallSignal(
                    command.chat().id(),
                    command.type(),
                    from.sessionId(),
                    from.user(),
                    to.sessionId(),
                    to.user(),
                    command.payload()));
        }
    }

    private List<CallParticipant> targets(RelayCallSignalCommand command) {
        if (command.toSession() != null) {
            return List.of(roster.find(command.chat().id(), command.toSession())
                    .orElseThrow(() -> new DomainException(
                            ErrorKind.NOT_FOUND,
                            "call.unknown_session",
                            "no session " + command.toSession() + " in this call")));
        }
        List<CallParticipant> others = roster.participants(command.chat().id()).stream()
                .filter(p -> !p.sessionId().equals(command.fromSession()))
                .toList();
        if (others.isEmpty()) {
            throw new DomainException(
                    ErrorKind.NOT_FOUND, "call.no_peer", "nobody else is in this call yet; the signal went nowhere");
        }
        return others;
    }
}
