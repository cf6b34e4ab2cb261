package io.parley.adapter.storage;

import io.parley.application.port.MediaNameTakenException;
import io.parley.application.port.MediaStore;
import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaOwnerGoneException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Keeps media as files below one root in seed 000's layout ({@link MediaLocation#relativePath()}): uploads stream
 * through {@code <root>/.incoming} in 64 KiB chunks and appear under their final name complete or not at all; no path
 * outside the root and no symbolic link is ever followed.
 */
@Singleton
public final class FilesystemMediaStore implements MediaStore {
    private final MediaPaths paths;
    private final IncomingFiles incoming;

    /** A store below {@code settings.root()}, created if missing; removes upload leftovers older than an hour. */
    public FilesystemMediaStore(StorageSettings settings) {
        this.paths = new MediaPaths(Path.of(settings.root()));
        this.incoming = new IncomingFiles(paths);
    }

    /** {@inheritDoc} A path outside the root or through a symbolic link is an {@code IllegalArgumentException}. */
    @Override
    public StoredBlob put(MediaLocation location, InputStream content, long maxBytes) {
        Objects.requireNonNull(content, "content");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        Path target = paths.resolve(location.relativePath())
                .orElseThrow(() -> new IllegalArgumentException("outside the media root: " + location));
        Path part = incoming.newPart();
        try {
            // refuse before reading the body what would be refused after it
            paths.requirePlainDirectories(target.getParent(), false);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new MediaNameTakenException(location.relativePath(), null);
            }
            StoredBlob blob = DigestingCopy.copy(content, part, maxBytes);
            paths.requirePlainDirectories(target.getParent(), true);
            Publication.publish(part, target);
            incoming.release(part);
            return blob;
        } catch (NoSuchFileException e) {
            // the owner's folder went away under the upload: its chat or group was deleted meanwhile
            MediaOwnerGoneException gone = new MediaOwnerGoneException(location.owner());
            incoming.discard(part, gone);
            throw gone;
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("could not store " + location.relativePath(), e);
            incoming.discard(part, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            incoming.discard(part, e);
            throw e;
        }
    }

    /** {@inheritDoc} Fewer bytes if the file ends first; a path through a symbolic link is not found. */
    @Override
    public InputStream open(MediaLocation location, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
        Path file = paths.resolve(location.relativePath()).orElseThrow(MediaNotFoundException::new);
        try {
            if (!paths.existsPlain(file.getParent()) || !paths.isPlainFile(file)) {
                throw new MediaNotFoundException();
            }
            // NOFOLLOW_LINKS again: a link swapped in after the check is refused by open itself
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            try {
                channel.position(offset);
                return new RangeInputStream(channel, length);
            } catch (IOException | RuntimeException e) {
                closeAfterFailure(channel, e);
                throw e;
            }
        } catch (NoSuchFileException deletedMeanwhile) {
            throw new MediaNotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + location.relativePath(), e);
        }
    }

    /**
     * {@inheritDoc} A hard link, so no byte is copied; on a filesystem without hard links a copy made beside the root
     * is published like an upload. A symbolic link at or on the way to {@code from} is not found.
     */
    @Override
    public void share(MediaLocation from, MediaLocation to) {
        Path source = paths.resolve(from.relativePath()).orElseThrow(MediaNotFoundException::new);
        Path target = paths.resolve(to.relativePath())
                .orElseThrow(() -> new IllegalArgumentException("outside the media root: " + to));
        try {
            if (!paths.existsPlain(source.getParent()) || !paths.isPlainFile(source)) {
                throw new MediaNotFoundException();
            }
            paths.requirePlainDirectories(target.getParent(), true);
            try {
                Files.createLink(target, source);
            } catch (FileAlreadyExistsException e) {
                throw new MediaNameTakenException(to.relativePath(), e);
            } catch (NoSuchFileException e) {
                throw new MediaNotFoundException();
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                copy(source, target);
            }
        } catch (NoSuchFileException deletedMeanwhile) {
            throw new MediaNotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException("could not share " + from.relativePath() + " as " + to.relativePath(), e);
        }
    }

    private void copy(Path source, Path target) throws IOException {
        Path part = incoming.newPart();
        try {
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
            Publication.publish(part, target);
            incoming.release(part);
        } catch (IOException | RuntimeException e) {
            incoming.discard(part, e);
            throw e;
        }
    }

    /** {@inheritDoc} A symbolic link at or on the way to the location is refused with {@code MediaNotFoundException}. */
    @Override
    public boolean delete(MediaLocation location) {
        Path file = paths.resolve(location.relativePath()).orElseThrow(MediaNotFoundException::new);
        try {
            if (!paths.existsPlain(file.getParent())) {
                return false;
            }
            if (!paths.isPlainFile(file)) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new MediaNotFoundException();
                }
                return false;
            }
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + location.relativePath(), e);
        }
    }

    /**
     * {@inheritDoc} Links inside the owner's folder are removed as links, never followed; a link on the way to the
     * folder is refused with {@code MediaNotFoundException}.
     */
    @Override
    public void deleteAll(MediaOwner owner) {
        Path folder = paths.resolve(owner.kind().folder() + "/" + owner.id()).orElseThrow(MediaNotFoundException::new);
        try {
            if (paths.existsPlain(folder.getParent()) && Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                TreeRemoval.remove(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the media of " + owner, e);
        }
    }

    private static void closeAfterFailure(FileChannel channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
