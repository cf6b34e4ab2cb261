package io.parley.domain;

/** Checks on user-typed text shared by the value objects. */
public final class Text {
    private Text() {}

    /** True if {@code value} holds any control character, line breaks and tabs included. */
    public static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** True if {@code value} holds a control character other than a line break or a tab (NUL cannot be stored). */
    public static boolean hasControlCharactersBesidesLineBreaks(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** The length in Unicode code points, so an emoji counts as one character. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
