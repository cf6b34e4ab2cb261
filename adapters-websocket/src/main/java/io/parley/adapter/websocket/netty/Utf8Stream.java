package io.parley.adapter.websocket.netty;

import io.netty.util.ByteProcessor;

/**
 * Checks that bytes arriving in pieces are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF), piece by piece, so a message split into fragments is refused at the first bad fragment. A character may
 * be split between pieces; {@link #complete()} says whether the bytes so far end on a character boundary.
 */
final class Utf8Stream implements ByteProcessor {
    private int needed;
    private int lower = 0x80;
    private int upper = 0xBF;
    private boolean broken;

    /** Starts a new message. */
    void reset() {
        needed = 0;
        lower = 0x80;
        upper = 0xBF;
        broken = false;
    }

    /** False once a byte that cannot stand where it stands has been seen. */
    boolean valid() {
        return !broken;
    }

    /** True if the bytes so far are valid and end with a whole character. */
    boolean complete() {
        return !broken && needed == 0;
    }

    @Override
    public boolean process(byte value) {
        int b = value & 0xff;
        if (needed > 0) {
            if (b < lower || b > upper) {
                broken = true;
                return false;
            }
            lower = 0x80;
            upper = 0xBF;
            needed--;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            broken = true;
            return false;
        }
        return true;
    }

    private void expect(int count, int low, int high) {
        needed = count;
        lower = low;
        upper = high;
    }
}
