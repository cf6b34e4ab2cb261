package io.parley.domain.user;

/** Small checks on user-typed text shared by the profile values. */
final class Text {
    private Text() {
    }

    static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
