package io.parley.application.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.FakeCallRoster;
import io.parley.application.model.CallParticipant;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallServicesTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final FakeCallRoster roster = new FakeCallRoster();
    private final JoinCallUseCase join =
            new JoinCallService(fakes.store, fakes.users, roster, fakes.events, fakes.clock);
    private final LeaveCallUseCase leave = new LeaveCallService(fakes.store, roster, fakes.events, fakes.clock);
    private final RelayCallSignalUseCase relay = new RelayCallSignalService(roster, fakes.events);
    private final CallSessionsService sessions =
            new CallSessionsService(fakes.store, roster, fakes.events, fakes.clock, Duration.ofSeconds(45));
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId eve = fakes.user("eve");
    private final ChatAddress group =
            ChatAddress.group(fakes.group("Team", alice, bob, carol).value());

    @Test
    void theFirstJoinStartsTheCallForAllMembersAndLaterJoinsAreToldToThoseInIt() {
        JoinedCall first = join.join(new JoinCallCommand(alice, group));
        JoinedCall second = join.join(new JoinCallCommand(bob, group));

        assertThat(first.others()).isEmpty();
        assertThat(second.others()).extracting(CallParticipant::sessionId).containsExactly(first.sessionId());
        assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
        CallStateChanged started = fakes.events.eventsOf(CallStateChanged.class).get(0);
        assertThat(started.started()).isTrue();
        assertThat(started.byName()).isEqualTo("Alice");
        assertThat(started.audience()).containsExactlyInAnyOrder(alice, bob, carol);
        CallMembershipChanged joined =
                fakes.events.eventsOf(CallMembershipChanged.class).get(0);
        assertThat(joined.audience()).containsExactly(alice);
        assertThat(joined.participant().user()).isEqualTo(bob);
    }

    @Test
    void anOutsiderCannotJoinAndNothingIsAnnounced() {
        assertThatThrownBy(() -> join.join(new JoinCallCommand(eve, group))).isInstanceOf(ChatNotFoundException.class);
        assertThat(roster.participants(group.id())).isEmpty();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void signalsGoOnlyFromAJoinedSessionOfTheCallerToASessionInTheCall() {
        String aliceSession = join.join(new JoinCallCommand(alice, group)).sessionId();
        String bobSession = join.join(new JoinCallCommand(bob, group)).sessionId();

        relay.relay(new RelayCallSignalCommand(alice, group, "offer", aliceSession, bobSession, "{\"sdp\":\"v=0\"}"));
        CallSignal signal = fakes.events.eventsOf(CallSignal.class).get(0);
        assertThat(signal.audience()).containsExactly(bob);
        assertThat(signal.fromSession()).isEqualTo(aliceSession);

        assertThatThrownBy(() ->
                        relay.relay(new RelayCallSignalCommand(carol, group, "offer", aliceSession, bobSession, "{}")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("join");
        assertThatThrownBy(
                        () -> relay.relay(new RelayCallSignalCommand(alice, group, "ice", aliceSession, "gone", "{}")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("gone");
        assertThat(fakes.events.eventsOf(CallSignal.class)).hasSize(1);
    }

    @Test
    void aSignalWithoutTargetGoesToEveryOtherSessionAndAloneItIsRefused() {
        String aliceSession = join.join(new JoinCallCommand(alice, group)).sessionId();
        assertThatThrownBy(
                        () -> relay.relay(new RelayCallSignalCommand(alice, group, "offer", aliceSession, null, "{}")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("nobody else");
        String bobSession = join.join(new JoinCallCommand(bob, group)).sessionId();
        String carolSession = join.join(new JoinCallCommand(carol, group)).sessionId();

        relay.relay(new RelayCallSignalCommand(alice, group, "offer", aliceSession, null, "{\"sdp\":\"v=0\"}"));

        List<CallSignal> signals = fakes.events.eventsOf(CallSignal.class);
        assertThat(signals).extracting(CallSignal::toSession).containsExactly(bobSession, carolSession);
        assertThat(signals).extracting(CallSignal::fromSession).containsOnly(aliceSession);
        assertThat(signals).extracting(CallSignal::payload).containsOnly("{\"sdp\":\"v=0\"}");
    }

    @Test
    void leavingIsToldToTheRestAndTheLastOneOutEndsTheCallOnce() {
        String aliceSession = join.join(new JoinCallCommand(alice, group)).sessionId();
        String bobSession = join.join(new JoinCallCommand(bob, group)).sessionId();

        leave.leave(new LeaveCallCommand(carol, group, bobSession));
        assertThat(roster.participants(group.id())).hasSize(2);
        leave.leave(new LeaveCallCommand(bob, group, bobSession));
        leave.leave(new LeaveCallCommand(bob, group, bobSession));
        leave.leave(new LeaveCallCommand(alice, group, aliceSession));

        assertThat(fakes.events.eventsOf(CallMembershipChanged.class))
                .filteredOn(c -> !c.joined())
                .singleElement()
                .satisfies(left -> assertThat(left.audience()).containsExactly(alice));
        assertThat(fakes.events.eventsOf(CallStateChanged.class))
                .extracting(CallStateChanged::started)
                .containsExactly(true, false);
    }

    @Test
    void sessionsOfACrashedNodeAreSweptOutAsIfTheyHadLeft() {
        String aliceSession = join.join(new JoinCallCommand(alice, group)).sessionId();
        String bobSession = join.join(new JoinCallCommand(bob, group)).sessionId();
        roster.abandon(bobSession);
        sessions.keepAlive(Map.of(group.id(), List.of(aliceSession)));

        assertThat(sessions.sweep()).isEqualTo(1);
        assertThat(fakes.events.eventsOf(CallMembershipChanged.class))
                .filteredOn(c -> !c.joined())
                .singleElement()
                .satisfies(left -> {
                    assertThat(left.participant().sessionId()).isEqualTo(bobSession);
                    assertThat(left.audience()).containsExactly(alice);
                });

        roster.abandon(aliceSession);
        assertThat(sessions.sweep()).isEqualTo(1);
        CallStateChanged ended = fakes.events.eventsOf(CallStateChanged.class).get(1);
        assertThat(ended.started()).isFalse();
        assertThat(ended.audience()).containsExactlyInAnyOrder(alice, bob, carol);
        assertThat(sessions.sweep()).isZero();
    }
}
