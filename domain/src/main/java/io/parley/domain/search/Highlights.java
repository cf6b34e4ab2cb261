package io.parley.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds where a search query occurs in a message's text: the whole query and each of its words, ignoring case. */
public final class Highlights {
    private Highlights() {}

    /** The stretches of {@code text} that match, in order, overlapping ones merged; empty when none does. */
    public static List<Highlight> in(String text, SearchText query) {
        Set<String> needles = new LinkedHashSet<>();
        needles.add(query.value());
        needles.addAll(query.words());
        List<Highlight> found = new ArrayList<>();
        for (String needle : needles) {
            occurrences(text, needle, found);
        }
        found.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
        return merged(found);
    }

    private static void occurrences(String text, String needle, List<Highlight> found) {
        int length = needle.length();
        for (int at = 0; at + length <= text.length(); at++) {
            // regionMatches compares char by char, so indices stay those of the original text (no re-casing shift)
            if (text.regionMatches(true, at, needle, 0, length) && onCodePointBoundaries(text, at, at + length)) {
                found.add(new Highlight(at, at + length));
            }
        }
    }

    private static boolean onCodePointBoundaries(String text, int start, int end) {
        return !splitsPair(text, start) && !splitsPair(text, end);
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0
                && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static List<Highlight> merged(List<Highlight> sorted) {
        List<Highlight> merged = new ArrayList<>();
        for (Highlight next : sorted) {
            Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && next.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
