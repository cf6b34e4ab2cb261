package io.parley.domain.user;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void withoutAChosenNameTheUsernameIsShown() {
        User user = User.register(UserId.of(1), Username.of("alice"), null, null, null, new PasswordHash("h"), NOW);
        assertThat(user.name().value()).isEqualTo("alice");
        assertThat(user.description()).isEqualTo(ProfileDescription.EMPTY);
        assertThat(user.email()).isEmpty();
    }

    @Test
    void aProfileChangeReplacesOnlyTheGivenFields() {
        User user = aUser().named("alice")
                .displayed("Alice")
                .describedAs("hi")
                .withEmail("a@example.org")
                .build(1);
        User changed = user.withProfile(new ProfileChange(null, null, ProfileDescription.of("new bio")));
        assertThat(changed.name().value()).isEqualTo("Alice");
        assertThat(changed.username().value()).isEqualTo("alice");
        assertThat(changed.description().value()).isEqualTo("new bio");
        assertThat(changed.email()).contains(Email.of("a@example.org"));
        assertThat(changed.passwordHash()).isEqualTo(user.passwordHash());
    }
}
