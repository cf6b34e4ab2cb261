package io.parley.adapter.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Objects;

/** Reads at most {@code length} bytes from a channel's current position; closing it closes the channel. */
final class RangeInputStream extends InputStream {
    private final SeekableByteChannel channel;
    private long remaining;

    /** A stream of the next {@code length} bytes of {@code channel}, fewer if the channel ends first. */
    RangeInputStream(SeekableByteChannel channel, long length) {
        this.channel = Objects.requireNonNull(channel, "channel");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int read = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, remaining)));
        if (read < 0) {
            remaining = 0;
            return -1;
        }
        remaining -= read;
        return read;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
