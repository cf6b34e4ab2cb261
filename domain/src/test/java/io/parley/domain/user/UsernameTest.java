package io.parley.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void upperCaseInputIsStoredInLowerCaseSoNamesCompareCaseInsensitively() {
        assertThat(Username.of("  Alice.B_1 ")).isEqualTo(Username.of("alice.b_1"));
        assertThat(Username.of("Alice.B_1").value()).isEqualTo("alice.b_1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "a-b-c", "white space", "ünïcode", "abcdefghijklmnopqrstuvwxyz0123456"})
    void rejectsNamesOutsideTheAllowedShape(String raw) {
        assertThatThrownBy(() -> Username.of(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("user.invalid_username");
        });
    }

    @Test
    void acceptsThreeAndThirtyTwoCharacters() {
        assertThat(Username.of("abc").value()).hasSize(3);
        assertThat(Username.of("a".repeat(32)).value()).hasSize(32);
    }

    @Test
    void parseNeverThrowsSoLoginCannotTellShapeFromExistence() {
        assertThat(Username.parse("no way!")).isEmpty();
        assertThat(Username.parse(null)).isEmpty();
        assertThat(Username.parse("Bob")).contains(Username.of("bob"));
    }
}
