package io.parley.bootstrap;

/** Setting values as they may be printed: without the passwords a URL can carry. */
final class Redacted {
    private Redacted() {}

    /** {@code redis://:secret@host} → {@code redis://(hidden)@host}; {@code ?password=x} → {@code ?password=(hidden)}. */
    static String url(String url) {
        return url.replaceAll("//[^/@\\s]*@", "//(hidden)@").replaceAll("(?i)(password=)[^&]*", "$1(hidden)");
    }
}
