package io.parley.bootstrap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.parley.application.port.EmojiDictionary;

/**
 * Emoji as Unicode lists them (ICU's {@code RGI_Emoji} property of strings): one recommended emoji, a keycap, flag,
 * skin-tone or ZWJ sequence included, and nothing around it.
 */
final class IcuEmojiDictionary implements EmojiDictionary {
    @Override
    public boolean isSingleEmoji(String text) {
        return text != null && !text.isEmpty() && UCharacter.hasBinaryProperty(text, UProperty.RGI_EMOJI);
    }
}
