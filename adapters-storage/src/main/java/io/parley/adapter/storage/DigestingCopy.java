package io.parley.adapter.storage;

import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies an upload to a new file chunk by chunk, counting and hashing as it goes, so no upload sits whole in memory. */
final class DigestingCopy {
    /** The chunk size: the most of an upload held in memory at once. */
    static final int CHUNK = 64 * 1024;

    private DigestingCopy() {}

    /**
     * Streams {@code content} into the new file {@code target} (which must not exist) and forces it to disk; reads at
     * most one byte past {@code maxBytes} and then throws {@code MediaTooLargeException}, leaving the partial file
     * for the caller to remove.
     */
    static StoredBlob copy(InputStream content, Path target, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        try (FileChannel out = FileChannel.open(
                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            while (true) {
                long left = maxBytes - size;
                // one byte more than allowed is enough to know the upload is too large
                int wanted = left >= chunk.length ? chunk.length : (int) left + 1;
                int read = content.read(chunk, 0, wanted);
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new MediaTooLargeException(maxBytes);
                }
                sha256.update(chunk, 0, read);
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            // the name must never point at bytes a crash could still lose
            out.force(true);
        }
        return new StoredBlob(size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
