package io.parley.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Tiny real WebM files written element by element (EBML): what a browser's MediaRecorder makes of a voice note, one
 * Opus track with a few 20 ms frames of silence, optionally with a VP8 video track beside it.
 */
public final class WebmFixtures {
    private WebmFixtures() {}

    /** A WebM voice note; with {@code withVideo} it also declares a 16×16 VP8 video track. */
    public static byte[] webm(boolean withVideo) {
        byte[] header = element(
                0x1A45DFA3,
                uint(0x4286, 1),
                uint(0x42F7, 1),
                uint(0x42F2, 4),
                uint(0x42F3, 8),
                text(0x4282, "webm"),
                uint(0x4287, 4),
                uint(0x4285, 2));
        byte[] info = element(
                0x1549A966, uint(0x2AD7B1, 1_000_000), text(0x4D80, "parley-test"), text(0x5741, "parley-test"));
        byte[] opus = element(
                0xAE,
                uint(0xD7, 1),
                uint(0x73C5, 1),
                uint(0x83, 2),
                text(0x86, "A_OPUS"),
                element(0x63A2, opusHead()),
                element(0xE1, element(0xB5, float32(48_000f)), uint(0x9F, 1)));
        byte[] vp8 = element(
                0xAE,
                uint(0xD7, 2),
                uint(0x73C5, 2),
                uint(0x83, 1),
                text(0x86, "V_VP8"),
                element(0xE0, uint(0xB0, 16), uint(0xBA, 16)));
        byte[] tracks = withVideo ? element(0x1654AE6B, opus, vp8) : element(0x1654AE6B, opus);
        ByteArrayOutputStream blocks = new ByteArrayOutputStream();
        blocks.writeBytes(uint(0xE7, 0));
        for (int frame = 0; frame < 5; frame++) {
            // track 1, timecode in ms (int16), keyframe flag, then one Opus silence frame (TOC 0xF8)
            blocks.writeBytes(element(0xA3, new byte[] {
                (byte) 0x81, 0, (byte) (frame * 20), (byte) 0x80, (byte) 0xF8, (byte) 0xFF, (byte) 0xFE
            }));
        }
        byte[] segment = element(0x18538067, info, tracks, element(0x1F43B675, blocks.toByteArray()));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(header);
        file.writeBytes(segment);
        return file.toByteArray();
    }

    private static byte[] opusHead() {
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 1)
                .putShort((short) 312)
                .putInt(48_000)
                .putShort((short) 0)
                .put((byte) 0);
        return head.array();
    }

    private static byte[] element(long id, byte[]... children) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] child : children) {
            content.writeBytes(child);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bigEndian(id));
        // sizes as 4-byte EBML integers (marker 0x10)
        out.writeBytes(
                ByteBuffer.allocate(4).putInt(0x10000000 | content.size()).array());
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static byte[] uint(long id, long value) {
        return element(id, bigEndian(value));
    }

    private static byte[] text(long id, String value) {
        return element(id, value.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] float32(float value) {
        return ByteBuffer.allocate(4).putFloat(value).array();
    }

    private static byte[] bigEndian(long value) {
        int length = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 7) / 8);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[length - 1 - i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
