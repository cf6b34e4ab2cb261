package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaOwnerGoneException;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads racing each other: all land intact in a shared folder, and one location is never written twice. */
final class ConcurrentUploadTest {
    private static final MediaOwner CHAT = new MediaOwner(OwnerKind.CHAT, 21);

    @TempDir
    Path root;

    private FilesystemMediaStore store;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        store = new FilesystemMediaStore(new StorageSettings(root.toString()));
        pool = Executors.newFixedThreadPool(20);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twentyConcurrentUploadsToOneFolderAllLandIntact() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StoredBlob>> uploads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MediaLocation location = photo("1_photo-" + i + ".png");
            byte[] content = content(i);
            uploads.add(pool.submit(() -> {
                go.await();
                return store.put(location, new ByteArrayInputStream(content), 1_000_000);
            }));
        }
        go.countDown();

        for (int i = 0; i < 20; i++) {
            assertThat(uploads.get(i).get(30, TimeUnit.SECONDS).size()).isEqualTo(content(i).length);
            try (InputStream stored = store.open(photo("1_photo-" + i + ".png"), 0, Long.MAX_VALUE)) {
                assertThat(stored.readAllBytes()).isEqualTo(content(i));
            }
        }
        try (var files = Files.list(root.resolve("chats/21/photos"))) {
            assertThat(files.count()).isEqualTo(20);
        }
        try (var parts = Files.list(root.resolve(IncomingFiles.FOLDER))) {
            assertThat(parts.count()).isZero();
        }
    }

    @Test
    void racingUploadsToOneLocationLeaveExactlyTheWinnersBytes() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        MediaLocation location = photo("1_same.png");
        List<Future<StoredBlob>> uploads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            byte[] content = content(i);
            uploads.add(pool.submit(() -> {
                go.await();
                return store.put(location, new ByteArrayInputStream(content), 1_000_000);
            }));
        }
        go.countDown();

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            try {
                uploads.get(i).get(30, TimeUnit.SECONDS);
                winners.add(i);
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(winners).hasSize(1);
        try (InputStream stored = store.open(location, 0, Long.MAX_VALUE)) {
            assertThat(stored.readAllBytes()).isEqualTo(content(winners.get(0)));
        }
    }

    @Test
    void aFileStoredWhileAnUploadIsStillReadingIsKeptAndTheUploadRefused() throws IOException {
        MediaLocation location = photo("1_late.png");
        byte[] first = content(1);
        InputStream slow = new ByteArrayInputStream(content(2)) {
            @Override
            public synchronized int read(byte[] bytes, int offset, int length) {
                if (available() == 0 && Files.notExists(root.resolve("chats/21/photos/1_late.png"))) {
                    store.put(location, new ByteArrayInputStream(first), 1_000_000);
                }
                return super.read(bytes, offset, length);
            }
        };

        assertThatThrownBy(() -> store.put(location, slow, 1_000_000)).isInstanceOf(IllegalStateException.class);

        try (InputStream stored = store.open(location, 0, Long.MAX_VALUE)) {
            assertThat(stored.readAllBytes()).isEqualTo(first);
        }
        try (var parts = Files.list(root.resolve(IncomingFiles.FOLDER))) {
            assertThat(parts.count()).isZero();
        }
    }

    /**
     * A chat's deletion clears its folder while uploads into it are under way (the deletion and the uploads are
     * separate requests): each upload either lands or is refused as {@link MediaOwnerGoneException}, which the server
     * answers 404; a folder vanishing between two checks of one step is never taken for a planted non-directory.
     */
    @Test
    void uploadsRacingTheRemovalOfTheirFolderLandOrFindTheOwnerGone() throws Exception {
        byte[] small = new byte[64];
        for (int round = 0; round < 300; round++) {
            MediaOwner owner = new MediaOwner(OwnerKind.CHAT, 1000 + round);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<StoredBlob>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                MediaLocation location =
                        new MediaLocation(owner, MediaFolder.PHOTOS, new StoredName("1_p" + i + ".png"));
                uploads.add(pool.submit(() -> {
                    go.await();
                    return store.put(location, new ByteArrayInputStream(small), 1_000_000);
                }));
            }
            Future<?> removal = pool.submit(() -> {
                go.await();
                for (int i = 0; i < 20; i++) {
                    store.deleteAll(owner);
                }
                return null;
            });
            go.countDown();
            for (Future<StoredBlob> upload : uploads) {
                try {
                    assertThat(upload.get(30, TimeUnit.SECONDS).size()).isEqualTo(small.length);
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(MediaOwnerGoneException.class);
                }
            }
            try {
                removal.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException busy) {
                // removing a folder an upload is still writing into fails; the upload's own clean-up follows it
                assertThat(busy.getCause()).hasRootCauseInstanceOf(java.nio.file.DirectoryNotEmptyException.class);
            }
        }
    }

    private static MediaLocation photo(String name) {
        return new MediaLocation(CHAT, MediaFolder.PHOTOS, new StoredName(name));
    }

    private static byte[] content(int seed) {
        byte[] bytes = new byte[150_000 + seed * 1000];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
