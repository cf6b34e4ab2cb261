package io.parley.application.call;

import io.parley.application.event.CallSignal;
import io.parley.application.model.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.application.port.EventPublisher;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Refuses signals from a session that has not joined (or is not the caller's) and to a session not in the call. */
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
        CallParticipant to = roster.find(command.chat().id(), command.toSession())
                .orElseThrow(() -> new DomainException(
                        ErrorKind.NOT_FOUND,
                        "call.unknown_session",
                        "no session " + command.toSession() + " in this call"));
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
