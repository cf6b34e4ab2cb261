package io.parley.adapter.storage;

import java.util.Optional;

/**
 * Reads the track types of a Matroska/WebM file from its first bytes, following the EBML elements
 * {@code Segment → Tracks → TrackEntry → TrackType} and skipping everything else. Browsers record voice notes as WebM
 * with one Opus track: whether a container holds anything but audio decides between {@code video/webm} and
 * {@code audio/webm}.
 */
final class MatroskaTracks {
    private static final long SEGMENT = 0x18538067L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long TRACK_TYPE = 0x83L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long AUDIO = 2;

    private final byte[] bytes;

    private MatroskaTracks(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * True if {@code head} lists tracks and all are audio, false if one is not; empty if it shows no complete track
     * list (malformed, or the list lies beyond the head).
     */
    static Optional<Boolean> audioOnly(byte[] head) {
        return new MatroskaTracks(head).top();
    }

    private Optional<Boolean> top() {
        int at = 0;
        while (at < bytes.length) {
            Element element = element(at, bytes.length);
            if (element == null) {
                return Optional.empty();
            }
            if (element.id() == SEGMENT) {
                // recorders that stream write the segment with an unknown size: it runs to the end
                return segment(
                        element.start(),
                        element.end() < 0 ? bytes.length : (int) Math.min(element.end(), bytes.length));
            }
            if (element.end() < 0) {
                return Optional.empty();
            }
            at = (int) Math.min(element.end(), Integer.MAX_VALUE);
        }
        return Optional.empty();
    }

    private Optional<Boolean> segment(int from, int to) {
        int at = from;
        while (at < to) {
            Element element = element(at, to);
            if (element == null || element.id() == CLUSTER || element.end() < 0 || element.end() > to) {
                // the tracks come before the first cluster; past that, or past the head, there is nothing to tell
                return Optional.empty();
            }
            if (element.id() == TRACKS) {
                return tracks(element.start(), (int) element.end());
            }
            at = (int) element.end();
        }
        return Optional.empty();
    }

    private Optional<Boolean> tracks(int from, int to) {
        int audio = 0;
        int other = 0;
        int at = from;
        while (at < to) {
            Element entry = element(at, to);
            if (entry == null || entry.end() < 0 || entry.end() > to) {
                return Optional.empty();
            }
            if (entry.id() == TRACK_ENTRY) {
                long type = trackType(entry.start(), (int) entry.end());
                if (type == AUDIO) {
                    audio++;
                } else {
                    other++;
                }
            }
            at = (int) entry.end();
        }
        return audio + other == 0 ? Optional.empty() : Optional.of(other == 0);
    }

    /** The entry's TrackType (1 video, 2 audio, …), 0 if it has none. */
    private long trackType(int from, int to) {
        int at = from;
        while (at < to) {
            Element element = element(at, to);
            if (element == null || element.end() < 0 || element.end() > to) {
                return 0;
            }
            if (element.id() == TRACK_TYPE) {
                long type = 0;
                for (int i = element.start(); i < element.end(); i++) {
                    type = type << 8 | (bytes[i] & 0xff);
                }
                return type;
            }
            at = (int) element.end();
        }
        return 0;
    }

    /** The element whose id starts at {@code at}, or null if its header runs past {@code limit} or is malformed. */
    private Element element(int at, int limit) {
        long[] id = vint(at, limit, true);
        if (id == null) {
            return null;
        }
        long[] size = vint(at + (int) id[1], limit, false);
        if (size == null) {
            return null;
        }
        int start = at + (int) (id[1] + size[1]);
        return new Element(id[0], start, size[0] < 0 ? -1 : start + size[0]);
    }

    /**
     * An EBML variable-length integer at {@code at} as {value, length}: ids keep their length marker, sizes do not,
     * and a size of all ones (unknown) is -1. Null if it runs past {@code limit} or has no marker.
     */
    private long[] vint(int at, int limit, boolean keepMarker) {
        if (at >= limit) {
            return null;
        }
        int first = bytes[at] & 0xff;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || at + length > limit) {
            return null;
        }
        long value = keepMarker ? first : first & (0xff >> length);
        boolean allOnes = value == (0xff >> length);
        for (int i = 1; i < length; i++) {
            int next = bytes[at + i] & 0xff;
            allOnes &= next == 0xff;
            value = value << 8 | next;
        }
        return new long[] {!keepMarker && allOnes ? -1 : value, length};
    }

    /** An element's id, where its content starts, and where it ends (-1: unknown size). */
    private record Element(long id, int start, long end) {}
}
