package io.parley.domain.search;

/**
 * A matched stretch of a message's text, {@code [start, end)} in UTF-16 code units (JavaScript string indices), so a
 * client marks it with text nodes and never parses HTML from the server.
 */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("highlight must cover [start, end) with 0 <= start < end");
        }
    }
}
