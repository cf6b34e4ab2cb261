package io.parley.adapter.websocket.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8StreamTest {

    private static Utf8Stream fed(byte[]... pieces) {
        Utf8Stream stream = new Utf8Stream();
        for (byte[] piece : pieces) {
            Unpooled.wrappedBuffer(piece).forEachByte(stream);
        }
        return stream;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void wellFormedTextSplitAnywhereIsComplete() {
        byte[] text = "aé€𝄞".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= text.length; cut++) {
            byte[] head = java.util.Arrays.copyOfRange(text, 0, cut);
            byte[] tail = java.util.Arrays.copyOfRange(text, cut, text.length);
            assertThat(fed(head, tail).complete()).as("cut at %d", cut).isTrue();
        }
    }

    @Test
    void aCharacterCutShortIsValidSoFarButNotComplete() {
        Utf8Stream stream = fed(bytes(0xe2, 0x82));
        assertThat(stream.valid()).isTrue();
        assertThat(stream.complete()).isFalse();
    }

    @Test
    void overlongFormsSurrogatesAndCodePointsPastTheLastAreRefused() {
        int[][] bad = {
            {0xc0, 0xaf},
            {0xe0, 0x80, 0xaf},
            {0xf0, 0x80, 0x80, 0xaf}, // overlong
            {0xed, 0xa0, 0x80},
            {0xed, 0xbf, 0xbf}, // surrogates
            {0xf4, 0x90, 0x80, 0x80},
            {0xf5, 0x80, 0x80, 0x80}, // past U+10FFFF
            {0xff},
            {0x80},
            {0xc2, 0x41} // never UTF-8, a lone continuation, a missing continuation
        };
        for (int[] sequence : bad) {
            assertThat(fed(bytes(sequence)).valid())
                    .as(java.util.Arrays.toString(sequence))
                    .isFalse();
        }
    }

    @Test
    void resetStartsAFreshMessage() {
        Utf8Stream stream = fed(bytes(0xff));
        stream.reset();
        Unpooled.wrappedBuffer(bytes(0x41)).forEachByte(stream);
        assertThat(stream.complete()).isTrue();
    }
}
