package io.parley.domain.reaction;

import io.parley.domain.DomainException;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The emoji of a reaction: one emoji (a single grapheme cluster that Unicode lists as an emoji, skin tones and ZWJ
 * sequences included), or a shortcode from {@link #SHORTCODES}, which stands for its emoji.
 */
public record Emoji(String value) {
    /** Longest accepted emoji in UTF-16 units: family and flag sequences stay well under it. */
    public static final int MAX_LENGTH = 32;

    /** The fixed shortcode list (documented in docs/api/messages.md); a shortcode is stored as its emoji. */
    public static final Map<String, String> SHORTCODES = Map.ofEntries(
            Map.entry(":+1:", "\uD83D\uDC4D"),
            Map.entry(":thumbsup:", "\uD83D\uDC4D"),
            Map.entry(":-1:", "\uD83D\uDC4E"),
            Map.entry(":thumbsdown:", "\uD83D\uDC4E"),
            Map.entry(":heart:", "\u2764\uFE0F"),
            Map.entry(":joy:", "\uD83D\uDE02"),
            Map.entry(":smile:", "\uD83D\uDE04"),
            Map.entry(":open_mouth:", "\uD83D\uDE2E"),
            Map.entry(":cry:", "\uD83D\uDE22"),
            Map.entry(":angry:", "\uD83D\uDE20"),
            Map.entry(":pray:", "\uD83D\uDE4F"),
            Map.entry(":fire:", "\uD83D\uDD25"),
            Map.entry(":tada:", "\uD83C\uDF89"),
            Map.entry(":eyes:", "\uD83D\uDC40"),
            Map.entry(":ok_hand:", "\uD83D\uDC4C"),
            Map.entry(":clap:", "\uD83D\uDC4F"),
            Map.entry(":rocket:", "\uD83D\uDE80"),
            Map.entry(":white_check_mark:", "\u2705"),
            Map.entry(":thinking:", "\uD83E\uDD14"),
            Map.entry(":100:", "\uD83D\uDCAF"));

    public Emoji {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw notAnEmoji();
        }
    }

    /**
     * The emoji a client named: a shortcode of the list, or text that {@code isSingleEmoji} accepts as exactly one
     * emoji; anything else is refused (400 {@code reaction.invalid_emoji}), never trimmed or guessed.
     */
    public static Emoji parse(String raw, Predicate<String> isSingleEmoji) {
        if (raw == null || raw.isEmpty()) {
            throw DomainException.invalid("reaction.missing_emoji", "name the reaction as emoji");
        }
        String shortcode = SHORTCODES.get(raw);
        if (shortcode != null) {
            return new Emoji(shortcode);
        }
        if (raw.length() > MAX_LENGTH || !isSingleEmoji.test(raw)) {
            throw notAnEmoji();
        }
        return new Emoji(raw);
    }

    private static DomainException notAnEmoji() {
        return DomainException.invalid(
                "reaction.invalid_emoji",
                "emoji must be exactly one emoji or a shortcode of the documented list, such as :+1:");
    }
}
