package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 32 MiB upload passes through in small chunks: never requested in large reads, never accumulated on the heap. */
final class StreamingUploadTest {
    private static final long SIZE = 32L * 1024 * 1024;
    private static final int LARGEST_ALLOWED_READ = 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void a32MebibyteUploadIsStreamedInSmallChunks() throws IOException, NoSuchAlgorithmException {
        FilesystemMediaStore store = new FilesystemMediaStore(new StorageSettings(root.toString()));
        MediaLocation video =
                new MediaLocation(new MediaOwner(OwnerKind.GROUP, 4), MediaFolder.VIDEOS, new StoredName("1_film.mp4"));
        GeneratedBytes upload = new GeneratedBytes(SIZE);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        StoredBlob blob = store.put(video, upload, SIZE);
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        assertThat(allocated)
                .as("bytes this thread allocated during the upload")
                .isLessThan(SIZE / 8);
        assertThat(upload.largestRead).isPositive().isLessThanOrEqualTo(LARGEST_ALLOWED_READ);
        assertThat(blob).isEqualTo(new StoredBlob(SIZE, sha256Of(new GeneratedBytes(SIZE))));
        assertThat(Files.size(root.resolve("groups/4/videos/1_film.mp4"))).isEqualTo(SIZE);
        try (InputStream tail = store.open(video, SIZE - 3, 10)) {
            assertThat(tail.readAllBytes())
                    .containsExactly(
                            GeneratedBytes.at(SIZE - 3), GeneratedBytes.at(SIZE - 2), GeneratedBytes.at(SIZE - 1));
        }
    }

    private static String sha256Of(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[8192];
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            sha256.update(chunk, 0, read);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Bytes made up as they are read, so the source itself holds nothing; refuses to be read in bulk. */
    private static final class GeneratedBytes extends InputStream {
        private final long size;
        private long position;
        int largestRead;

        GeneratedBytes(long size) {
            this.size = size;
        }

        static byte at(long position) {
            return (byte) (position * 31 + (position >>> 11));
        }

        @Override
        public int read() {
            return position < size ? at(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (length > LARGEST_ALLOWED_READ) {
                throw new AssertionError("an upload was read " + length + " bytes at once");
            }
            largestRead = Math.max(largestRead, length);
            if (position >= size) {
                return length == 0 ? 0 : -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                bytes[offset + i] = at(position++);
            }
            return count;
        }

        @Override
        public byte[] readAllBytes() {
            throw new AssertionError("an upload was read whole");
        }

        @Override
        public byte[] readNBytes(int length) {
            throw new AssertionError("an upload was read " + length + " bytes at once");
        }
    }
}
