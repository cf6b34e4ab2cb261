package io.parley.adapter.wire.json;

import io.micronaut.json.tree.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The one strict reading of JSON values that REST bodies and socket frames share: a string is a string of valid
 * Unicode, a number is not text, an id is a whole number that fits 64 bits. Nothing is coerced; anything else throws
 * {@link JsonValueRefusedException}. A JSON {@code null} (or an absent value) reads as {@code null}.
 */
public final class JsonValues {
    private JsonValues() {}

    /** The string {@code value} holds; refuses other types and text with lone surrogates. */
    public static String string(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw JsonValueRefusedException.wrongType("a string");
        }
        String text = value.getStringValue();
        if (!isWellFormed(text)) {
            throw JsonValueRefusedException.notUnicode();
        }
        return text;
    }

    /** The whole number {@code value} holds; refuses fractions, numbers past 64 bits, strings and other types. */
    public static Long wholeNumber(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !isWhole(value)) {
            throw JsonValueRefusedException.wrongType("a whole number");
        }
        return value.getLongValue();
    }

    /** The whole number {@code value} holds if it fits an {@code int}. */
    public static Integer smallWholeNumber(JsonNode value) {
        Long number = wholeNumber(value);
        if (number == null) {
            return null;
        }
        if (number != number.intValue()) {
            throw JsonValueRefusedException.wrongType("a whole number of at most 9 digits");
        }
        return number.intValue();
    }

    /** The boolean {@code value} holds; refuses {@code 0}, {@code "true"} and other types. */
    public static Boolean bool(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw JsonValueRefusedException.wrongType("true or false");
        }
        return value.getBooleanValue();
    }

    /** The strings of an array; refuses anything but an array of strings ({@code null} entries are kept). */
    public static List<String> strings(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw JsonValueRefusedException.wrongType("an array of strings");
        }
        List<String> strings = new ArrayList<>(value.size());
        for (JsonNode entry : value.values()) {
            try {
                strings.add(string(entry));
            } catch (JsonValueRefusedException refused) {
                throw refused.invalidText() ? refused : JsonValueRefusedException.wrongType("an array of strings");
            }
        }
        return strings;
    }

    /** The whole numbers of an array (ids); refuses anything but an array of whole numbers, {@code null} entries too. */
    public static List<Long> wholeNumbers(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw JsonValueRefusedException.wrongType("an array of whole numbers");
        }
        List<Long> numbers = new ArrayList<>(value.size());
        for (JsonNode entry : value.values()) {
            if (entry == null || !entry.isNumber() || !isWhole(entry)) {
                throw JsonValueRefusedException.wrongType("an array of whole numbers");
            }
            numbers.add(entry.getLongValue());
        }
        return numbers;
    }

    /** True if {@code number} (a number node) has no fraction and fits 64 bits. */
    public static boolean isWhole(JsonNode number) {
        Number n = number.getNumberValue();
        return n instanceof Integer
                || n instanceof Long
                || n instanceof Short
                || n instanceof Byte
                || (n instanceof BigInteger big && big.bitLength() < 64);
    }

    /** True if every surrogate in {@code text} is half of a pair, so the text is valid Unicode. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
