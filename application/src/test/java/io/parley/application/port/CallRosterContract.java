package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link CallRoster} must do: know who is in each call, the same on every node of one cluster. */
public abstract class CallRosterContract {
    private static final ChatId ROOM = ChatId.of(7);
    private static final ChatId OTHER_ROOM = ChatId.of(8);
    private static final CallParticipant ALICE = new CallParticipant("s-alice", UserId.of(1), "Alice");
    private static final CallParticipant BOB = new CallParticipant("s-bob", UserId.of(2), "Bob Tab\u00e9");
    private static final CallParticipant CAROL = new CallParticipant("s-carol", UserId.of(3), "Carol");

    /** A node of the cluster under test; the nodes made within one test share their calls, and only they do. */
    protected abstract CallRoster node() throws Exception;

    @Test
    void joinsTellWhoWasThereBeforeAndTheRosterKeepsJoiningOrder() throws Exception {
        CallRoster roster = node();

        assertThat(roster.join(ROOM, ALICE)).isEmpty();
        assertThat(roster.join(ROOM, BOB)).containsExactly(ALICE);
        assertThat(roster.join(ROOM, CAROL)).containsExactly(ALICE, BOB);
        assertThat(roster.participants(ROOM)).containsExactly(ALICE, BOB, CAROL);
        assertThat(roster.participants(OTHER_ROOM)).isEmpty();
    }

    @Test
    void onlyTheLastLeaverEmptiesTheCallAndUnknownSessionsChangeNothing() throws Exception {
        CallRoster roster = node();
        roster.join(ROOM, ALICE);
        roster.join(ROOM, BOB);

        assertThat(roster.leave(ROOM, "nobody")).isEqualTo(Departure.NOT_IN_CALL);
        assertThat(roster.leave(OTHER_ROOM, ALICE.sessionId())).isEqualTo(Departure.NOT_IN_CALL);
        assertThat(roster.leave(ROOM, ALICE.sessionId())).isEqualTo(Departure.OTHERS_REMAIN);
        assertThat(roster.leave(ROOM, ALICE.sessionId())).isEqualTo(Departure.NOT_IN_CALL);
        assertThat(roster.participants(ROOM)).containsExactly(BOB);
        assertThat(roster.leave(ROOM, BOB.sessionId())).isEqualTo(Departure.CALL_ENDED);
        assertThat(roster.participants(ROOM)).isEmpty();
        assertThat(roster.leave(ROOM, BOB.sessionId())).isEqualTo(Departure.NOT_IN_CALL);
        assertThat(roster.join(ROOM, CAROL)).isEmpty();
    }

    @Test
    void aSessionIsFoundOnlyInItsOwnCall() throws Exception {
        CallRoster roster = node();
        roster.join(ROOM, BOB);

        assertThat(roster.find(ROOM, BOB.sessionId())).contains(BOB);
        assertThat(roster.find(OTHER_ROOM, BOB.sessionId())).isEmpty();
        assertThat(roster.find(ROOM, "s-b")).isEmpty();
    }

    @Test
    void everyNodeSeesTheSameCall() throws Exception {
        CallRoster one = node();
        CallRoster other = node();

        one.join(ROOM, ALICE);
        assertThat(other.join(ROOM, BOB)).containsExactly(ALICE);
        assertThat(one.find(ROOM, BOB.sessionId())).contains(BOB);
        assertThat(other.leave(ROOM, ALICE.sessionId())).isEqualTo(Departure.OTHERS_REMAIN);
        assertThat(one.leave(ROOM, BOB.sessionId())).isEqualTo(Departure.CALL_ENDED);
    }

    @Test
    void ofManyRacingFirstJoinersExactlyOneStartsTheCall() throws Exception {
        List<CallRoster> nodes = List.of(node(), node());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<CallParticipant>>> joins = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                CallRoster roster = nodes.get(i % 2);
                CallParticipant joiner = new CallParticipant("s-" + i, UserId.of(100 + i), "User " + i);
                joins.add(() -> roster.join(ROOM, joiner));
            }
            int starters = 0;
            for (Future<List<CallParticipant>> before : pool.invokeAll(joins)) {
                starters += before.get().isEmpty() ? 1 : 0;
            }
            assertThat(starters).isEqualTo(1);
            assertThat(nodes.get(0).participants(ROOM)).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sessionsNoNodeKeptAliveAreSweptOnceAndTheLastOneOutEmptiesItsCall() throws Exception {
        CallRoster one = node();
        CallRoster other = node();
        one.join(ROOM, ALICE);
        one.join(ROOM, BOB);
        other.join(OTHER_ROOM, CAROL);
        Thread.sleep(20);
        Instant cutoff = Instant.now();
        Thread.sleep(20);
        one.keepAlive(ROOM, List.of(BOB.sessionId(), "s-unknown"));

        assertThat(other.sweep(cutoff))
                .containsExactlyInAnyOrder(
                        new AbandonedSession(ROOM, ALICE, false), new AbandonedSession(OTHER_ROOM, CAROL, true));
        assertThat(one.sweep(cutoff)).isEmpty();
        assertThat(one.participants(ROOM)).containsExactly(BOB);
        assertThat(other.participants(OTHER_ROOM)).isEmpty();
        assertThat(other.join(OTHER_ROOM, ALICE)).isEmpty();
        assertThat(one.sweep(Instant.now().plusSeconds(1)))
                .containsExactlyInAnyOrder(
                        new AbandonedSession(ROOM, BOB, true), new AbandonedSession(OTHER_ROOM, ALICE, true));
    }

    @Test
    void ongoingCallsAreThoseOfTheAskedRoomsWithAnyoneInThem() throws Exception {
        CallRoster one = node();
        CallRoster other = node();
        one.join(ROOM, ALICE);
        other.join(ROOM, BOB);
        other.join(OTHER_ROOM, CAROL);
        other.leave(OTHER_ROOM, CAROL.sessionId());

        assertThat(other.ongoing(List.of(ROOM, OTHER_ROOM, ChatId.of(9))))
                .containsOnlyKeys(ROOM)
                .containsEntry(ROOM, List.of(ALICE, BOB));
        assertThat(one.ongoing(List.of(OTHER_ROOM))).isEmpty();
        assertThat(one.ongoing(List.of())).isEmpty();
    }
}
