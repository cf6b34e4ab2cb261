package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaTooLargeException;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What every {@link MediaStore} must do. */
public abstract class MediaStoreContract {
    private static final AtomicLong OWNERS = new AtomicLong(System.nanoTime() % 1_000_000);

    /** The store under test. */
    protected abstract MediaStore store();

    private final MediaOwner chat = new MediaOwner(OwnerKind.CHAT, OWNERS.incrementAndGet());

    private MediaLocation at(MediaFolder folder, String original) {
        return new MediaLocation(chat, folder, StoredName.of(Instant.parse("2026-11-21T10:00:00Z"), original));
    }

    @Test
    void storedBytesComeBackWholeOrAsAnyRangeWithSizeAndSha256() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        MediaLocation location = at(MediaFolder.VIDEOS, "clip.mp4");

        StoredBlob blob = store().put(location, new ByteArrayInputStream(bytes), 1_000_000);

        assertThat(blob.size()).isEqualTo(bytes.length);
        assertThat(blob.sha256()).isEqualTo(sha256(bytes));
        try (InputStream whole = store().open(location, 0, bytes.length)) {
            assertThat(whole.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream middle = store().open(location, 1000, 10)) {
            assertThat(middle.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 1010));
        }
    }

    @Test
    void anUploadOverTheCapLeavesNothingBehind() {
        MediaLocation location = at(MediaFolder.PHOTOS, "big.png");

        assertThatThrownBy(() -> store().put(location, new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(MediaTooLargeException.class);

        assertThatThrownBy(() -> store().open(location, 0, 1)).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void aFailingUploadStreamLeavesNothingBehind() {
        MediaLocation location = at(MediaFolder.FILES, "broken.pdf");
        InputStream failing = new InputStream() {
            private int left = 5000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("client went away");
                }
                return 42;
            }
        };

        assertThatThrownBy(() -> store().put(location, failing, 1_000_000))
                .isInstanceOf(java.io.UncheckedIOException.class);

        assertThatThrownBy(() -> store().open(location, 0, 1)).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void aLocationIsNeverOverwritten() {
        MediaLocation location = at(MediaFolder.AUDIOS, "voice.ogg");
        store().put(location, new ByteArrayInputStream(new byte[] {1, 2, 3}), 100);

        assertThatThrownBy(() -> store().put(location, new ByteArrayInputStream(new byte[] {9}), 100))
                .isInstanceOf(IllegalStateException.class);
        try (InputStream kept = store().open(location, 0, 3)) {
            assertThat(kept.readAllBytes()).containsExactly(1, 2, 3);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void deletingOneFileOrAllOfAnOwnersFiles() {
        MediaLocation one = at(MediaFolder.PHOTOS, "a.png");
        MediaLocation other = at(MediaFolder.VOICE_MESSAGES, "b.ogg");
        store().put(one, new ByteArrayInputStream(new byte[] {1}), 100);
        store().put(other, new ByteArrayInputStream(new byte[] {2}), 100);

        assertThat(store().delete(one)).isTrue();
        assertThat(store().delete(one)).isFalse();
        store().deleteAll(chat);
        store().deleteAll(chat);

        assertThatThrownBy(() -> store().open(other, 0, 1)).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void aSharedFileIsReadableAtBothLocationsAndOutlivesTheOwnerItCameFrom() throws IOException {
        MediaOwner other = new MediaOwner(OwnerKind.GROUP, OWNERS.incrementAndGet());
        MediaLocation original = at(MediaFolder.PHOTOS, "cat.png");
        MediaLocation copy = new MediaLocation(other, MediaFolder.PHOTOS, original.name());
        store().put(original, new ByteArrayInputStream(new byte[] {4, 5, 6}), 100);

        store().share(original, copy);
        store().deleteAll(chat);

        try (InputStream shared = store().open(copy, 0, 10)) {
            assertThat(shared.readAllBytes()).containsExactly(4, 5, 6);
        }
        assertThatThrownBy(() -> store().open(original, 0, 1)).isInstanceOf(MediaNotFoundException.class);
        store().deleteAll(other);
        assertThatThrownBy(() -> store().open(copy, 0, 1)).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void sharingAMissingFileOrOntoATakenNameIsRefused() {
        MediaLocation original = at(MediaFolder.FILES, "cv.pdf");
        MediaLocation taken = at(MediaFolder.FILES, "other.pdf");
        assertThatThrownBy(() -> store().share(original, taken)).isInstanceOf(MediaNotFoundException.class);
        store().put(original, new ByteArrayInputStream(new byte[] {1}), 100);
        store().put(taken, new ByteArrayInputStream(new byte[] {2}), 100);

        assertThatThrownBy(() -> store().share(original, taken)).isInstanceOf(MediaNameTakenException.class);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
