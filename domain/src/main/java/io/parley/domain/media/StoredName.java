package io.parley.domain.media;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A media file's name on disk and in URLs, always made by the server as {@code <epoch millis>_<sanitised original
 * name>} (seed 000): only ASCII letters, digits, {@code .}, {@code _} and {@code -}, no leading dot, at most 160
 * characters. A name from a URL is accepted only if it has exactly this shape, so no client string can reach outside
 * its folder.
 */
public record StoredName(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,19}_[A-Za-z0-9_-][A-Za-z0-9._-]{0,139}");
    private static final int MAX_ORIGINAL = 100;

    public StoredName {
        if (value == null || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new MediaNotFoundException();
        }
    }

    /** The stored name for an upload of {@code originalName} at {@code at}. */
    public static StoredName of(Instant at, String originalName) {
        return new StoredName(at.toEpochMilli() + "_" + sanitise(originalName));
    }

    /** Keeps letters, digits, dot, dash and underscore of the last path segment; anything else becomes {@code _}. */
    static String sanitise(String originalName) {
        String base = originalName == null ? "" : originalName;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints()
                .limit(MAX_ORIGINAL)
                .forEach(c -> clean.append(
                        c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')
                                ? (char) c
                                : '_'));
        String name = clean.toString().replaceAll("\\.{2,}", ".").replaceAll("^[._]+", "");
        return name.isEmpty() ? "file" : name;
    }
}
