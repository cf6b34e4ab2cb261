package io.parley.adapter.storage;

import io.parley.domain.media.MediaNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The media root and the checks that keep every access inside it: paths are resolved lexically and must stay below
 * the root, and no symbolic link is followed on the way from the root to a file.
 */
final class MediaPaths {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;

    /** The root at {@code configured}, created if missing and then pinned to its real path. */
    MediaPaths(Path configured) {
        try {
            Files.createDirectories(configured.toAbsolutePath().normalize());
            this.root = configured.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use media root " + configured, e);
        }
    }

    /** The real, absolute media root. */
    Path root() {
        return root;
    }

    /** {@code relative} resolved below the root; empty if it names the root itself or a path outside it. */
    Optional<Path> resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        return path.startsWith(root) && !path.equals(root) ? Optional.of(path) : Optional.empty();
    }

    /**
     * True if directory {@code dir} exists and no symbolic link lies between the root and it; false if it is missing;
     * {@code MediaNotFoundException} if a link is on the way, as nothing reached through one is ours.
     */
    boolean existsPlain(Path dir) throws IOException {
        try {
            if (!dir.toRealPath().equals(dir)) {
                throw new MediaNotFoundException();
            }
            return Files.isDirectory(dir, NOFOLLOW);
        } catch (NoSuchFileException missing) {
            return false;
        }
    }

    /** True if {@code file} is a regular file itself, not a link to one; false if it is missing or anything else. */
    boolean isPlainFile(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW)
                    .isRegularFile();
        } catch (NoSuchFileException missing) {
            return false;
        }
    }

    /**
     * Walks from the root down to {@code dir}: every step that exists must be a directory and not a symbolic link
     * ({@code IllegalArgumentException} otherwise); missing steps are created if {@code create} is set, else the walk
     * stops at the first one.
     */
    void requirePlainDirectories(Path dir, boolean create) throws IOException {
        if (!dir.startsWith(root)) {
            throw new IllegalArgumentException("outside the media root: " + dir);
        }
        Path step = root;
        for (Path name : root.relativize(dir)) {
            step = step.resolve(name);
            Optional<BasicFileAttributes> found = attributesOf(step);
            if (found.isEmpty()) {
                if (!create) {
                    return;
                }
                createDirectory(step);
                // an owner's deletion may remove the new directory at once: the caller's NoSuchFileException says so
                found = Optional.of(Files.readAttributes(step, BasicFileAttributes.class, NOFOLLOW));
            }
            // one look at each step: an exists-then-isDirectory pair took a folder removed in between for a plant
            if (!found.get().isDirectory()) {
                throw new IllegalArgumentException("not a plain directory in the media root: " + root.relativize(step));
            }
        }
    }

    /** The entry's own attributes (a link's, not its target's), empty if nothing is there. */
    private static Optional<BasicFileAttributes> attributesOf(Path entry) throws IOException {
        try {
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class, NOFOLLOW));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            // a concurrent upload made it (or planted something): the caller's check right after decides
        }
    }
}
