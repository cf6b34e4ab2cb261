package io.parley.application.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.PresenceChanged;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.FakePresenceTracker;
import io.parley.application.port.PresenceTracker.ExpiredPresence;
import io.parley.application.profile.UserView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceServicesTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final FakePresenceTracker tracker = new FakePresenceTracker();
    private final GoOnlineUseCase online = new GoOnlineService(tracker, fakes.store, fakes.events);
    private final GoOfflineUseCase offline =
            new GoOfflineService(tracker, fakes.users, fakes.store, fakes.events, fakes.clock);
    private final ExpirePresenceUseCase expire =
            new ExpirePresenceService(tracker, fakes.users, fakes.store, fakes.events);
    private final GetPresenceUseCase presence = new GetPresenceService(tracker, fakes.users, fakes.store);
    private final ListOnlineContactsUseCase contacts = new ListOnlineContactsService(tracker, fakes.users, fakes.store);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId stranger = fakes.user("stranger");
    private final ChatId chat = fakes.privateChat(alice, bob);
    private final ChatId group = fakes.group("Team", alice, carol);

    @Test
    void theFirstSocketAnnouncesTheUserOnlineToTheirContactsOnly() {
        online.goOnline(new GoOnlineCommand(alice));
        online.goOnline(new GoOnlineCommand(alice));

        assertThat(fakes.events.eventsOf(PresenceChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.online()).isTrue();
            assertThat(event.lastSeen()).isNull();
            assertThat(event.audience()).containsExactlyInAnyOrder(bob, carol);
            assertThat(event.chats()).containsExactlyInAnyOrder(chat, group);
        });
    }

    @Test
    void theLastSocketClosingStoresLastSeenAndAnnouncesIt() {
        online.goOnline(new GoOnlineCommand(alice));
        online.goOnline(new GoOnlineCommand(alice));
        fakes.events.clear();

        offline.goOffline(new GoOfflineCommand(alice));
        assertThat(fakes.events.events()).isEmpty();
        fakes.clock.advance(Duration.ofMinutes(5));
        offline.goOffline(new GoOfflineCommand(alice));

        Instant now = fakes.clock.now();
        assertThat(fakes.events.eventsOf(PresenceChanged.class))
                .singleElement()
                .satisfies(event -> assertThat(event.lastSeen()).isEqualTo(now));
        assertThat(presence.presence(new GetPresenceQuery(bob, alice)))
                .isEqualTo(new PresenceView(alice.value(), false, now));
    }

    @Test
    void usersOfASilentNodeGoOfflineAtTheirLastKnownTime() {
        online.goOnline(new GoOnlineCommand(alice));
        Instant lastKnown = fakes.clock.now().minusSeconds(40);
        tracker.expire(new ExpiredPresence(alice, lastKnown));
        fakes.events.clear();

        assertThat(expire.expire()).isEqualTo(1);

        assertThat(tracker.heartbeats()).isEqualTo(1);
        assertThat(fakes.events.eventsOf(PresenceChanged.class))
                .singleElement()
                .satisfies(event -> assertThat(event.online()).isFalse());
        assertThat(presence.presence(new GetPresenceQuery(carol, alice)).lastSeen())
                .isEqualTo(lastKnown);
        assertThat(expire.expire()).isZero();
    }

    @Test
    void presenceIsVisibleToContactsAndToOneselfOnly() {
        online.goOnline(new GoOnlineCommand(bob));

        assertThat(presence.presence(new GetPresenceQuery(alice, bob)).online()).isTrue();
        assertThat(presence.presence(new GetPresenceQuery(bob, bob)).online()).isTrue();
        assertThatThrownBy(() -> presence.presence(new GetPresenceQuery(stranger, bob)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> presence.presence(new GetPresenceQuery(alice, UserId.of(999_999))))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void theOnlineListHasTheCallersOnlineContactsWithoutEmails() {
        online.goOnline(new GoOnlineCommand(bob));
        online.goOnline(new GoOnlineCommand(stranger));

        List<UserView> listed = contacts.online(new ListOnlineContactsQuery(alice));

        assertThat(listed).extracting(UserView::id).containsExactly(bob.value());
        assertThat(listed).extracting(UserView::email).containsOnlyNulls();
        assertThat(contacts.online(new ListOnlineContactsQuery(stranger))).isEmpty();
    }
}
