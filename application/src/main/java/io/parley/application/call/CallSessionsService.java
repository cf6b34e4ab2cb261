package io.parley.application.call;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallStateChanged;
import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps this node's call sessions alive in the roster, and sweeps out those no node kept alive for {@code expiry}
 * (a crashed node's): the rest of the call hears they left, and the members hear the call ended if it did.
 */
public final class CallSessionsService implements KeepCallsAliveUseCase, SweepAbandonedCallsUseCase {
    private final ChatRepository chats;
    private final CallRoster roster;
    private final EventPublisher events;
    private final Clock clock;
    private final Duration expiry;

    public CallSessionsService(
            ChatRepository chats, CallRoster roster, EventPublisher events, Clock clock, Duration expiry) {
        this.chats = chats;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public void keepAlive(Map<ChatId, ? extends Collection<String>> sessionsByCall) {
        sessionsByCall.forEach(roster::keepAlive);
    }

    @Override
    public int sweep() {
        List<AbandonedSession> abandoned = roster.sweep(clock.now().minus(expiry));
        for (AbandonedSession gone : abandoned) {
            List<CallParticipant> rest = roster.participants(gone.room());
            if (!rest.isEmpty()) {
                events.publish(new CallMembershipChanged(
                        gone.room(),
                        gone.participant(),
                        false,
                        rest.stream().map(CallParticipant::user).distinct().toList()));
            }
            if (gone.callEmpty()) {
                ChatKind kind = chats.findPrivate(gone.room()).isPresent() ? ChatKind.PRIVATE : ChatKind.GROUP;
                events.publish(new CallStateChanged(
                        gone.room(),
                        kind,
                        false,
                        gone.participant().user(),
                        gone.participant().name(),
                        clock.now(),
                        chats.memberIds(gone.room())));
            }
        }
        return abandoned.size();
    }
}
