package io.parley.domain.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import org.junit.jupiter.api.Test;

class EmojiTest {
    @Test
    void aShortcodeOfTheListStandsForItsEmoji() {
        assertThat(Emoji.parse(":+1:", s -> false).value()).isEqualTo("\uD83D\uDC4D");
        assertThat(Emoji.parse(":thumbsup:", s -> false)).isEqualTo(Emoji.parse(":+1:", s -> false));
    }

    @Test
    void anUnknownShortcodeOrATextThatIsNotOneEmojiIsRefused() {
        assertThatThrownBy(() -> Emoji.parse(":nope:", s -> false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("reaction.invalid_emoji"));
        assertThatThrownBy(() -> Emoji.parse("x".repeat(33), s -> true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Emoji.parse("", s -> true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("reaction.missing_emoji"));
    }

    @Test
    void anEmojiTheCheckAcceptsIsTakenAsSent() {
        assertThat(Emoji.parse("\uD83D\uDD25", s -> true).value()).isEqualTo("\uD83D\uDD25");
    }
}
