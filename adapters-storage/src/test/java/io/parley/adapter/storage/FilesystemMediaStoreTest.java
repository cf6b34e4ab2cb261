package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.port.MediaStore;
import io.parley.application.port.MediaStoreContract;
import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port's contract on the filesystem, plus how ranges and arguments at the edges behave. */
final class FilesystemMediaStoreTest extends MediaStoreContract {
    private static final MediaLocation NOTE =
            new MediaLocation(new MediaOwner(OwnerKind.CHAT, 3), MediaFolder.FILES, new StoredName("1_note.txt"));

    @TempDir
    Path root;

    private FilesystemMediaStore store;

    @BeforeEach
    void start() {
        store = new FilesystemMediaStore(new StorageSettings(root.toString()));
    }

    @Override
    protected MediaStore store() {
        return store;
    }

    @Test
    void aRangeReachingPastTheEndYieldsTheBytesUpToTheEnd() throws IOException {
        store.put(NOTE, new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5}), 100);

        try (InputStream tail = store.open(NOTE, 3, 100)) {
            assertThat(tail.readAllBytes()).containsExactly(4, 5);
        }
        try (InputStream beyond = store.open(NOTE, 10, 5)) {
            assertThat(beyond.read()).isEqualTo(-1);
        }
        try (InputStream none = store.open(NOTE, 0, 0)) {
            assertThat(none.read()).isEqualTo(-1);
        }
    }

    @Test
    void singleByteReadsStopAtTheRangesEnd() throws IOException {
        store.put(NOTE, new ByteArrayInputStream(new byte[] {1, 2, (byte) 200, 4}), 100);

        try (InputStream range = store.open(NOTE, 1, 2)) {
            assertThat(range.read()).isEqualTo(2);
            assertThat(range.read()).isEqualTo(200);
            assertThat(range.read()).isEqualTo(-1);
        }
    }

    @Test
    void anEmptyUploadIsStoredAsAnEmptyFile() throws IOException {
        StoredBlob blob = store.put(NOTE, InputStream.nullInputStream(), 0);

        assertThat(blob)
                .isEqualTo(new StoredBlob(0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        try (InputStream empty = store.open(NOTE, 0, 10)) {
            assertThat(empty.readAllBytes()).isEmpty();
        }
    }

    @Test
    void anUploadOfExactlyTheCapIsStored() {
        StoredBlob blob = store.put(NOTE, new ByteArrayInputStream(new byte[1024]), 1024);

        assertThat(blob.size()).isEqualTo(1024);
    }

    @Test
    void negativeArgumentsAreRefused() {
        assertThatThrownBy(() -> store.put(NOTE, InputStream.nullInputStream(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(NOTE, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(NOTE, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
