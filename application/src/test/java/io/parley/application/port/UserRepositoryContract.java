package io.parley.application.port;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.user.DisplayName;
import io.parley.domain.user.Email;
import io.parley.domain.user.EmailTakenException;
import io.parley.domain.user.ProfileChange;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import io.parley.domain.user.UsernameTakenException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class UserRepositoryContract {
    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.123456Z");
    protected UserRepository users;
    /** A prefix unique to this test, so tests sharing one database do not see each other's users. */
    private String tag;

    /** The repository under test, empty of this test's users. */
    protected abstract UserRepository repository();

    /** Runs {@code work} the way production code does (in a transaction where the adapter needs one). */
    protected void write(Runnable work) {
        work.run();
    }

    @BeforeEach
    void setUp() {
        users = repository();
        tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private User newUser(String suffix, String email) {
        return aUser().named(tag + suffix)
                .displayed("Name " + suffix)
                .describedAs("about " + suffix)
                .withEmail(email)
                .withPasswordHash("hash-" + suffix)
                .createdAt(CREATED)
                .build(users.nextId());
    }

    @Test
    void storedUserIsFoundByIdUsernameAndEmailWithEveryField() {
        User alice = newUser("alice", tag + "@example.org");
        write(() -> users.add(alice));

        User found = users.findById(alice.id()).orElseThrow();
        assertThat(found.username()).isEqualTo(alice.username());
        assertThat(found.email()).isEqualTo(alice.email());
        assertThat(found.name()).isEqualTo(alice.name());
        assertThat(found.description()).isEqualTo(alice.description());
        assertThat(found.passwordHash()).isEqualTo(alice.passwordHash());
        assertThat(found.createdAt()).isEqualTo(CREATED.truncatedTo(ChronoUnit.MICROS));
        assertThat(users.findByUsername(alice.username()).map(User::id)).contains(alice.id());
        assertThat(users.findByEmail(Email.of(tag + "@example.org")).map(User::id))
                .contains(alice.id());
    }

    @Test
    void idsAreNeverReused() {
        assertThat(users.nextId()).isNotEqualTo(users.nextId());
    }

    @Test
    void unknownUsersAreAbsent() {
        assertThat(users.findById(UserId.of(Long.MAX_VALUE))).isEmpty();
        assertThat(users.findByUsername(Username.of(tag + "ghost"))).isEmpty();
        assertThat(users.findByEmail(Email.of(tag + "ghost@example.org"))).isEmpty();
    }

    @Test
    void secondUserWithTheSameUsernameIsRefusedAndNotStored() {
        write(() -> users.add(newUser("bob", null)));
        User clash = newUser("bob", null);
        assertThatThrownBy(() -> write(() -> users.add(clash))).isInstanceOf(UsernameTakenException.class);
        assertThat(users.findById(clash.id())).isEmpty();
    }

    @Test
    void secondUserWithTheSameEmailIsRefused() {
        write(() -> users.add(newUser("carol", tag + "@example.org")));
        User clash = newUser("carol2", tag + "@example.org");
        assertThatThrownBy(() -> write(() -> users.add(clash))).isInstanceOf(EmailTakenException.class);
        assertThat(users.findById(clash.id())).isEmpty();
    }

    @Test
    void updateReplacesTheProfileAndRefusesATakenUsername() {
        User dave = newUser("dave", null);
        User erin = newUser("erin", null);
        write(() -> {
            users.add(dave);
            users.add(erin);
        });
        User renamed = dave.withProfile(new ProfileChange(null, DisplayName.of("Dave D"), null));
        write(() -> users.update(renamed));
        assertThat(users.findById(dave.id()).orElseThrow().name().value()).isEqualTo("Dave D");

        User stealing = dave.withProfile(new ProfileChange(erin.username(), null, null));
        assertThatThrownBy(() -> write(() -> users.update(stealing))).isInstanceOf(UsernameTakenException.class);
        assertThat(users.findById(dave.id()).orElseThrow().username()).isEqualTo(dave.username());
    }

    @Test
    void searchMatchesUsernameOrNamePrefixCaseInsensitivelyInUsernameOrder() {
        write(() -> {
            users.add(newUser("zed", null));
            users.add(newUser("amy", null));
            users.add(newUser("bea", null));
        });
        List<String> all =
                users.search(tag, 10, 0).stream().map(u -> u.username().value()).toList();
        assertThat(all).containsExactly(tag + "amy", tag + "bea", tag + "zed");
        assertThat(users.search(tag.toUpperCase(), 10, 0)).hasSize(3);
        assertThat(users.search(tag, 1, 1).get(0).username().value()).isEqualTo(tag + "bea");
        assertThat(users.search(tag + "zz", 10, 0)).isEmpty();
    }

    @Test
    void searchTreatsLikeWildcardsInThePrefixLiterally() {
        write(() -> users.add(newUser("x_y", null)));
        write(() -> users.add(newUser("xzy", null)));
        assertThat(users.search(tag + "x_", 10, 0))
                .extracting(u -> u.username().value())
                .containsExactly(tag + "x_y");
        assertThat(users.search(tag + "%", 10, 0)).isEmpty();
    }

    @Test
    void findByIdsReturnsTheExistingUsersOnly() {
        User alice = newUser("alice", null);
        User bob = newUser("bob", null);
        write(() -> users.add(alice));
        write(() -> users.add(bob));

        assertThat(users.findByIds(List.of(alice.id(), bob.id(), UserId.of(Long.MAX_VALUE))))
                .extracting(User::id)
                .containsExactlyInAnyOrder(alice.id(), bob.id());
        assertThat(users.findByIds(List.of())).isEmpty();
    }

    @Test
    void lastSeenIsRecordedPerUserAndNeverMovesBack() {
        User alice = newUser("alice", null);
        User bob = newUser("bob", null);
        write(() -> users.add(alice));
        write(() -> users.add(bob));
        Instant later = CREATED.plusSeconds(60);

        write(() -> users.recordLastSeen(alice.id(), later));
        write(() -> users.recordLastSeen(alice.id(), CREATED));

        assertThat(users.lastSeen(List.of(alice.id(), bob.id())))
                .containsExactly(Map.entry(alice.id(), later.truncatedTo(ChronoUnit.MICROS)));
        assertThat(users.findById(alice.id()).orElseThrow().name()).isEqualTo(alice.name());
    }
}
