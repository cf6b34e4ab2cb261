package io.parley.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import org.junit.jupiter.api.Test;

class ProfileValuesTest {

    @Test
    void displayNameIsTrimmedAndLimitedTo64Characters() {
        assertThat(DisplayName.of("  Alice  ").value()).isEqualTo("Alice");
        assertThat(DisplayName.of("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> DisplayName.of("x".repeat(65))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DisplayName.of("   ")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DisplayName.of("bell\u0007")).isInstanceOf(DomainException.class);
    }

    @Test
    void descriptionMayBeEmptyButNotLongerThan500() {
        assertThat(ProfileDescription.of(null)).isEqualTo(ProfileDescription.EMPTY);
        assertThatThrownBy(() -> ProfileDescription.of("x".repeat(501))).isInstanceOf(DomainException.class);
    }

    @Test
    void emailIsLowerCasedAndMustHaveAnAtAndADomain() {
        assertThat(Email.of("Alice@Example.ORG").value()).isEqualTo("alice@example.org");
        assertThatThrownBy(() -> Email.of("alice")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Email.of("alice@localhost")).isInstanceOf(DomainException.class);
        assertThat(Email.parse("nope")).isEmpty();
    }

    @Test
    void passwordMustBe8To128CharactersAndNeverPrintsItself() {
        assertThatThrownBy(() -> new NewPassword("short")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new NewPassword("x".repeat(129))).isInstanceOf(DomainException.class);
        assertThat(new NewPassword("correct horse").toString()).doesNotContain("correct");
    }

    @Test
    void aProfileChangeNeedsAtLeastOneField() {
        assertThatThrownBy(() -> new ProfileChange(null, null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("user.empty_profile_change"));
    }
}
