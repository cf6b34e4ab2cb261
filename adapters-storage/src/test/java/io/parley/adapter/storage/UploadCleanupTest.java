package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaTooLargeException;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part files in {@code .incoming} never outlive an upload, whatever its end, nor a crash by more than an hour. */
final class UploadCleanupTest {
    private static final MediaLocation PHOTO =
            new MediaLocation(new MediaOwner(OwnerKind.CHAT, 5), MediaFolder.PHOTOS, new StoredName("1_a.png"));

    @TempDir
    Path root;

    private FilesystemMediaStore store;

    @BeforeEach
    void start() {
        store = new FilesystemMediaStore(new StorageSettings(root.toString()));
    }

    @Test
    void aSuccessfulUploadLeavesNoPartFile() throws IOException {
        store.put(PHOTO, new ByteArrayInputStream(new byte[100_000]), 1_000_000);

        assertThat(parts()).isEmpty();
        assertThat(MediaLayoutTest.filesBelow(root)).containsExactly("chats/5/photos/1_a.png");
    }

    @Test
    void aTooLargeUploadStopsReadingJustPastTheCapAndLeavesNothing() throws IOException {
        Endless source = new Endless();

        assertThatThrownBy(() -> store.put(PHOTO, source, 100_000)).isInstanceOf(MediaTooLargeException.class);

        assertThat(source.served).isEqualTo(100_001);
        assertThat(parts()).isEmpty();
        assertThat(MediaLayoutTest.filesBelow(root)).isEmpty();
        assertThat(root.resolve("chats")).doesNotExist();
    }

    @Test
    void aFailingUploadSurfacesTheCauseAndLeavesNothing() throws IOException {
        // fails on every read once the first 70,000 bytes are out, so InputStream's bulk read cannot hide it
        InputStream failing = new InputStream() {
            private int left = 70_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("client went away");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> store.put(PHOTO, failing, 1_000_000))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("client went away");

        assertThat(parts()).isEmpty();
        assertThat(MediaLayoutTest.filesBelow(root)).isEmpty();
    }

    @Test
    void anUploadToATakenLocationIsRefusedBeforeItsBodyIsRead() throws IOException {
        store.put(PHOTO, new ByteArrayInputStream(new byte[] {1}), 10);
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body of a refused upload was read");
            }
        };

        assertThatThrownBy(() -> store.put(PHOTO, untouchable, 10)).isInstanceOf(IllegalStateException.class);
        assertThat(parts()).isEmpty();
    }

    @Test
    void startingRemovesPartFilesIdleForMoreThanAnHourAndKeepsRecentOnes() throws IOException {
        Path incoming = root.resolve(IncomingFiles.FOLDER);
        Path crashed = Files.write(incoming.resolve("crashed.part"), new byte[] {1});
        Path live = Files.write(incoming.resolve("live.part"), new byte[] {2});
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
        Files.setLastModifiedTime(live, FileTime.from(Instant.now().minus(Duration.ofMinutes(59))));

        new FilesystemMediaStore(new StorageSettings(root.toString()));

        assertThat(crashed).doesNotExist();
        assertThat(live).exists();
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> parts = Files.list(root.resolve(IncomingFiles.FOLDER))) {
            return parts.toList();
        }
    }

    /** An upload that never ends, counting the bytes it served. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            served += length;
            return length;
        }
    }
}
