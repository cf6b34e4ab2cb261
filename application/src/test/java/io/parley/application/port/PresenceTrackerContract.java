package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link PresenceTracker} must do: count each user's open sockets across the nodes of one cluster. */
public abstract class PresenceTrackerContract {
    private static final UserId ALICE = UserId.of(1);
    private static final UserId BOB = UserId.of(2);
    private static final UserId CAROL = UserId.of(3);

    /** A node of the cluster under test; the nodes made within one test share their counts, and only they do. */
    protected abstract PresenceTracker node() throws Exception;

    @Test
    void theFirstSocketBringsAUserOnlineAndTheLastTakesThemOffline() throws Exception {
        PresenceTracker tracker = node();

        assertThat(tracker.opened(ALICE)).isTrue();
        assertThat(tracker.opened(ALICE)).isFalse();
        assertThat(tracker.closed(ALICE)).isFalse();
        assertThat(tracker.onlineAmong(List.of(ALICE, BOB))).containsExactly(ALICE);
        assertThat(tracker.closed(ALICE)).isTrue();
        assertThat(tracker.onlineAmong(List.of(ALICE, BOB))).isEmpty();
    }

    @Test
    void socketsOnDifferentNodesAddUp() throws Exception {
        PresenceTracker one = node();
        PresenceTracker other = node();

        assertThat(one.opened(ALICE)).isTrue();
        assertThat(other.opened(ALICE)).isFalse();
        assertThat(other.onlineAmong(List.of(ALICE))).containsExactly(ALICE);
        assertThat(one.closed(ALICE)).isFalse();
        assertThat(one.onlineAmong(List.of(ALICE))).containsExactly(ALICE);
        assertThat(other.closed(ALICE)).isTrue();
        assertThat(one.onlineAmong(List.of(ALICE))).isEmpty();
    }

    @Test
    void aCloseWithoutAnOpenChangesNothing() throws Exception {
        PresenceTracker tracker = node();

        assertThat(tracker.closed(BOB)).isFalse();
        assertThat(tracker.opened(BOB)).isTrue();
        assertThat(tracker.onlineAmong(List.of(BOB))).isEqualTo(Set.of(BOB));
    }

    @Test
    void onlineAmongAnswersOnlyForTheUsersAsked() throws Exception {
        PresenceTracker tracker = node();
        tracker.opened(ALICE);
        tracker.opened(CAROL);

        assertThat(tracker.onlineAmong(List.of(BOB, CAROL))).containsExactly(CAROL);
        assertThat(tracker.onlineAmong(List.of())).isEmpty();
    }

    @Test
    void heartbeatsKeepLiveNodesCountedAndExpireNobody() throws Exception {
        PresenceTracker tracker = node();
        tracker.opened(ALICE);

        tracker.heartbeat();

        assertThat(tracker.takeExpired()).isEmpty();
        assertThat(tracker.onlineAmong(List.of(ALICE))).containsExactly(ALICE);
    }
}
