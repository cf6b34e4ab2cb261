package io.parley.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void textIsStripped() {
        assertThat(MessageText.of("  hello \n").value()).isEqualTo("hello");
    }

    @Test
    void textIsAtMost4096Characters() {
        assertThat(MessageText.of("x".repeat(4096)).value()).hasSize(4096);
        assertRefused("x".repeat(4097), "message.text_too_long");
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheLimit() {
        assertThat(MessageText.of("  " + "x".repeat(4096) + "\n\n").value()).hasSize(4096);
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        assertThat(MessageText.of(EMOJI.repeat(4096)).value()).isEqualTo(EMOJI.repeat(4096));
        assertRefused(EMOJI.repeat(4097), "message.text_too_long");
    }

    @Test
    void emptyOrBlankTextIsRefused() {
        assertRefused(null, "message.empty_text");
        assertRefused("", "message.empty_text");
        assertRefused(" \n\t ", "message.empty_text");
    }

    @Test
    void lineBreaksAndTabsAreAllowedInside() {
        assertThat(MessageText.of("one\ntwo\r\nthree\tfour").value()).isEqualTo("one\ntwo\r\nthree\tfour");
    }

    @Test
    void otherControlCharactersAreRefused() {
        assertRefused("nul\u0000byte", "message.invalid_text");
        assertRefused("bell\u0007", "message.invalid_text");
        assertRefused("escape\u001b[31m", "message.invalid_text");
        assertRefused("delete\u007f", "message.invalid_text");
    }

    private static void assertRefused(String raw, String code) {
        assertThatThrownBy(() -> MessageText.of(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
