package io.parley.adapter.wire.json;

/**
 * A JSON value that is not what the field takes: another type, or a string that is not valid Unicode. It names what
 * was expected, not the field: each adapter knows where the value sat and says so in its own error code.
 */
public final class JsonValueRefusedException extends RuntimeException {
    private final boolean invalidText;

    private JsonValueRefusedException(String expected, boolean invalidText) {
        super(expected, null, false, false);
        this.invalidText = invalidText;
    }

    static JsonValueRefusedException wrongType(String expected) {
        return new JsonValueRefusedException(expected, false);
    }

    static JsonValueRefusedException notUnicode() {
        return new JsonValueRefusedException("valid Unicode text (no lone surrogates)", true);
    }

    /** True if the value was a string but not valid Unicode; false if it had the wrong type. */
    public boolean invalidText() {
        return invalidText;
    }

    /** What the field takes, for a sentence such as "text must be " + expected(). */
    public String expected() {
        return getMessage();
    }
}
