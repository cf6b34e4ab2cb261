package io.parley.adapter.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uploads in progress, {@code <root>/.incoming/<random>.part}: written there, then moved into place, on the same
 * filesystem as the media so the move is atomic. Leftovers of a crash are removed at startup.
 */
final class IncomingFiles {
    /** How long a part file may sit untouched before it counts as a crash's leftover; no live upload idles this long. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    static final String FOLDER = ".incoming";

    private static final Logger LOG = LoggerFactory.getLogger(IncomingFiles.class);

    private final Path folder;

    /** The incoming folder below {@code paths}' root, created if missing, with part files older than an hour removed. */
    IncomingFiles(MediaPaths paths) {
        this.folder = paths.root().resolve(FOLDER);
        try {
            paths.requirePlainDirectories(folder, true);
            removeOlderThan(Instant.now().minus(STALE_AFTER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder, e);
        }
    }

    /** A fresh, not yet existing path for one upload's part file. */
    Path newPart() {
        return folder.resolve(UUID.randomUUID() + ".part");
    }

    /** Deletes {@code part} after a failed upload; a failure to do so is logged and attached to {@code failure}. */
    void discard(Path part, Throwable failure) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.warn("could not delete {} after a failed upload; the next start removes it", part, e);
        }
    }

    /** Deletes {@code part} once its content is in place; a failure is logged, as the upload itself succeeded. */
    void release(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("could not delete {} after storing its content; the next start removes it", part, e);
        }
    }

    private void removeOlderThan(Instant cutoff) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder)) {
            for (Path part : parts) {
                BasicFileAttributes attributes =
                        Files.readAttributes(part, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isDirectory()
                        && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }
}
