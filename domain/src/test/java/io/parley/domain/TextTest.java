package io.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void lengthCountsAnEmojiAsOneCharacter() {
        assertThat(Text.length("abc")).isEqualTo(3);
        assertThat(Text.length(EMOJI + EMOJI)).isEqualTo(2);
        assertThat(Text.length("")).isZero();
    }

    @Test
    void lineBreaksAndTabsAreControlCharactersButMayStandInLongText() {
        assertThat(Text.hasControlCharacters("a\nb")).isTrue();
        assertThat(Text.hasControlCharacters("a\tb")).isTrue();
        assertThat(Text.hasControlCharactersBesidesLineBreaks("a\r\nb\tc")).isFalse();
        assertThat(Text.hasControlCharactersBesidesLineBreaks("a\u0000b")).isTrue();
        assertThat(Text.hasControlCharactersBesidesLineBreaks("a\u007fb")).isTrue();
        assertThat(Text.hasControlCharacters("plain " + EMOJI)).isFalse();
    }
}
