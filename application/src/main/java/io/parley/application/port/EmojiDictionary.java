package io.parley.application.port;

/** Knows which texts are emoji. */
public interface EmojiDictionary {
    /** True if {@code text} is exactly one emoji (one grapheme cluster, sequences and modifiers included). */
    boolean isSingleEmoji(String text);
}
