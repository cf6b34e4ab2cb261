package io.parley.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import org.junit.jupiter.api.Test;

class GroupNameTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void nameIsStripped() {
        assertThat(GroupName.of("  Team  ").value()).isEqualTo("Team");
    }

    @Test
    void nameIsAtMost128Characters() {
        assertThat(GroupName.of("x".repeat(128)).value()).hasSize(128);
        assertInvalidName("x".repeat(129));
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        assertThat(GroupName.of(EMOJI.repeat(128)).value()).isEqualTo(EMOJI.repeat(128));
        assertInvalidName(EMOJI.repeat(129));
    }

    @Test
    void blankOrMissingNameIsRefused() {
        assertInvalidName("   ");
        assertInvalidName("");
        assertInvalidName(null);
    }

    @Test
    void controlCharactersAreRefusedLineBreaksIncluded() {
        assertInvalidName("Te\u0000am");
        assertInvalidName("Te\nam");
        assertInvalidName("Te\tam");
    }

    @Test
    void descriptionMayBeEmptyAndDefaultsToEmpty() {
        assertThat(GroupDescription.of(null)).isEqualTo(GroupDescription.EMPTY);
        assertThat(GroupDescription.of("   ")).isEqualTo(GroupDescription.EMPTY);
        assertThat(GroupDescription.of("  about  ").value()).isEqualTo("about");
    }

    @Test
    void descriptionIsAtMost1024CharactersCountingAnEmojiAsOne() {
        assertThat(GroupDescription.of("x".repeat(1024)).value()).hasSize(1024);
        assertThat(GroupDescription.of(EMOJI.repeat(1024)).value()).isEqualTo(EMOJI.repeat(1024));
        assertInvalidDescription("x".repeat(1025));
        assertInvalidDescription(EMOJI.repeat(1025));
    }

    @Test
    void descriptionAllowsLineBreaksButNoOtherControlCharacters() {
        assertThat(GroupDescription.of("line one\nline two\r\n\tindented").value())
                .isEqualTo("line one\nline two\r\n\tindented");
        assertInvalidDescription("nul\u0000byte");
        assertInvalidDescription("bell\u0007");
    }

    private static void assertInvalidName(String raw) {
        assertThatThrownBy(() -> GroupName.of(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("group.invalid_name");
        });
    }

    private static void assertInvalidDescription(String raw) {
        assertThatThrownBy(() -> GroupDescription.of(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("group.invalid_description");
        });
    }
}
