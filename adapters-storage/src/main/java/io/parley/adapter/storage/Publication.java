package io.parley.adapter.storage;

import io.parley.application.port.MediaNameTakenException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a complete part file under its final name in one step that never replaces an existing file. A hard link does
 * both atomically: {@code Files.move(ATOMIC_MOVE)} is {@code rename(2)}, which silently replaces a target that another
 * upload created after our check. Moving is the fallback for filesystems without hard links.
 */
final class Publication {
    private static final Object MOVES = new Object();

    private Publication() {}

    /**
     * Makes {@code part}'s content appear at {@code target} all at once; {@code IllegalStateException} if
     * {@code target} exists, which is then left as it was. {@code part} may remain and is the caller's to delete.
     */
    static void publish(Path part, Path target) throws IOException {
        try {
            Files.createLink(target, part);
        } catch (FileAlreadyExistsException e) {
            throw taken(target, e);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            try {
                move(part, target);
            } catch (IOException | RuntimeException e) {
                e.addSuppressed(noHardLinks);
                throw e;
            }
        }
    }

    /**
     * The fallback: an atomic move where the filesystem has one, else a plain move; both only after finding no file at
     * {@code target}, and serialised, so at least this node's uploads cannot replace each other.
     */
    static void move(Path part, Path target) throws IOException {
        synchronized (MOVES) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw taken(target, null);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                try {
                    // without REPLACE_EXISTING a plain move refuses an existing target
                    Files.move(part, target);
                } catch (FileAlreadyExistsException raced) {
                    throw taken(target, raced);
                }
            }
        }
    }

    private static IllegalStateException taken(Path target, Exception cause) {
        return new MediaNameTakenException(target.getFileName().toString(), cause);
    }
}
