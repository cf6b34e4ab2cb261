package io.parley.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import org.junit.jupiter.api.Test;

class ProfileLengthTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void displayNameCountsAnEmojiAsOneCharacter() {
        assertThat(DisplayName.of(EMOJI.repeat(64)).value()).isEqualTo(EMOJI.repeat(64));
        assertThatThrownBy(() -> DisplayName.of(EMOJI.repeat(65))).isInstanceOf(DomainException.class);
    }

    @Test
    void profileDescriptionCountsAnEmojiAsOneCharacter() {
        assertThat(ProfileDescription.of(EMOJI.repeat(500)).value()).isEqualTo(EMOJI.repeat(500));
        assertThatThrownBy(() -> ProfileDescription.of(EMOJI.repeat(501))).isInstanceOf(DomainException.class);
    }

    @Test
    void profileDescriptionAllowsLineBreaksButNotNul() {
        assertThat(ProfileDescription.of("tea\nand biscuits").value()).isEqualTo("tea\nand biscuits");
        assertThatThrownBy(() -> ProfileDescription.of("nul\u0000")).isInstanceOf(DomainException.class);
    }
}
