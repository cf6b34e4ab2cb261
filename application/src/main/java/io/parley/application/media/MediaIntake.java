package io.parley.application.media;

import io.parley.application.model.MediaFile;
import io.parley.application.model.Thumbnail;
import io.parley.application.port.Clock;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.MediaNameTakenException;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.StoredBlob;
import io.parley.application.port.Thumbnailer;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaOwnerGoneException;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.UserId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes uploaded files in, after the caller's authorization check: each file's type from its first bytes (a wrong
 * type is refused before anything is stored), a free server-made name, the bytes streamed to the store under the
 * size cap, then all rows in one transaction. If anything fails, the files already stored are deleted: all or none.
 */
final class MediaIntake {
    private static final int HEAD = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(MediaIntake.class.getName());

    private final MediaRepository media;
    private final MediaStore store;
    private final ContentDetector detector;
    private final Thumbnailer thumbnailer;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final long maxBytes;
    /** Locations chosen by uploads still under way on this node, so two parallel uploads never pick the same. */
    private final Set<MediaLocation> reserved = ConcurrentHashMap.newKeySet();

    MediaIntake(
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner transactions,
            Clock clock,
            long maxBytes) {
        this.media = media;
        this.store = store;
        this.detector = detector;
        this.thumbnailer = thumbnailer;
        this.transactions = transactions;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    List<MediaFile> take(MediaOwner owner, UserId uploader, UploadTarget target, List<IncomingFile> files) {
        List<MediaFile> stored = new ArrayList<>();
        try {
            for (IncomingFile file : files) {
                stored.add(storeOne(owner, uploader, target, file, stored));
            }
            transactions.inTransaction(() -> {
                stored.forEach(media::add);
                return null;
            });
        } catch (MediaOwnerGoneException gone) {
            // the owner's deletion may have cleared its folder before these files recreated it: clear it again
            stored.forEach(this::forget);
            clearFolderOf(owner, gone);
            throw gone;
        } catch (MediaNameTakenException taken) {
            // another node chose the same name in the same millisecond; this node's uploads reserve theirs
            stored.forEach(this::forget);
            throw new DomainException(
                    ErrorKind.CONFLICT, "media.name_taken", "another upload took this file name; try again");
        } catch (RuntimeException failed) {
            stored.forEach(this::forget);
            throw failed;
        } finally {
            stored.forEach(file -> reserved.remove(file.location()));
        }
        return stored;
    }

    /**
     * Deletes a deleted owner's folder again. It fails only while another upload into it is still writing; that
     * upload loses the same way and clears the folder after it, so the last one to finish leaves nothing behind.
     */
    private void clearFolderOf(MediaOwner owner, MediaOwnerGoneException gone) {
        try {
            store.deleteAll(owner);
        } catch (RuntimeException busy) {
            LOG.log(System.Logger.Level.INFO, "the folder of deleted " + owner + " is still being written to", busy);
            gone.addSuppressed(busy);
        }
    }

    /** Refuses a file whose type {@code target} does not take; answers it readable again from its first byte. */
    IncomingFile checkType(UploadTarget target, IncomingFile file) {
        byte[] head = readHead(file.content());
        target.kindFor(detector.detect(head, file.originalName()));
        return new IncomingFile(
                file.originalName(), new SequenceInputStream(new ByteArrayInputStream(head), file.content()));
    }

    private MediaFile storeOne(
            MediaOwner owner, UserId uploader, UploadTarget target, IncomingFile file, List<MediaFile> earlier) {
        byte[] head = readHead(file.content());
        String mime = detector.detect(head, file.originalName());
        MediaKind kind = target.kindFor(mime);
        Instant now = clock.now();
        StoredName name = freeName(owner, kind, now, file.originalName(), earlier);
        MediaLocation location = new MediaLocation(owner, kind.folder(), name);
        StoredBlob blob;
        for (int attempt = 1; ; attempt++) {
            try {
                blob = store.put(
                        location, new SequenceInputStream(new ByteArrayInputStream(head), file.content()), maxBytes);
                break;
            } catch (MediaNameTakenException taken) {
                // the file is on disk before its row commits: move on to the next free name (the store refuses a
                // taken name before it reads the body, so the content is still unread)
                reserved.remove(location);
                if (attempt == 5) {
                    throw taken;
                }
                name = freeName(owner, kind, now.plusMillis(attempt), file.originalName(), earlier);
                location = new MediaLocation(owner, kind.folder(), name);
            } catch (RuntimeException failed) {
                reserved.remove(location);
                throw failed;
            }
        }
        MediaFile stored = new MediaFile(
                media.nextMediaId(),
                owner,
                kind,
                name,
                displayName(file.originalName()),
                mime,
                blob.size(),
                blob.sha256(),
                uploader,
                now,
                null);
        try {
            return withThumbnail(stored);
        } catch (RuntimeException failed) {
            forget(stored);
            throw failed;
        }
    }

    /** Photos and pictures get a PNG preview when their type can be decoded. */
    private MediaFile withThumbnail(MediaFile file) {
        if (file.kind() != MediaKind.PHOTO && file.kind() != MediaKind.AVATAR) {
            return file;
        }
        Optional<byte[]> preview;
        try (InputStream image = store.open(file.location(), 0, file.size())) {
            preview = thumbnailer.thumbnail(image, file.mime(), Thumbnail.MAX_SIDE);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored image could not be read back", e);
        }
        if (preview.isEmpty()) {
            return file;
        }
        StoredBlob thumb = store.put(file.thumbnailLocation(), new ByteArrayInputStream(preview.get()), maxBytes);
        return new MediaFile(
                file.id(),
                file.owner(),
                file.kind(),
                file.name(),
                file.originalName(),
                file.mime(),
                file.size(),
                file.sha256(),
                file.uploader(),
                file.createdAt(),
                new Thumbnail(thumb.size(), thumb.sha256()));
    }

    /** Deletes a file and its preview from the store. */
    private void forget(MediaFile file) {
        store.delete(file.location());
        store.delete(file.thumbnailLocation());
    }

    /**
     * The seed's {@code <millis>_<name>}, moved on by a millisecond while the name is taken, stored or reserved by
     * an upload still under way on this node; the name stays reserved until {@link #take} ends.
     */
    private StoredName freeName(
            MediaOwner owner, MediaKind kind, Instant now, String original, List<MediaFile> earlier) {
        for (int step = 0; ; step++) {
            StoredName candidate = StoredName.of(now.plusMillis(step), original);
            boolean taken =
                    earlier.stream().anyMatch(f -> f.kind() == kind && f.name().equals(candidate))
                            || media.find(owner, kind, candidate).isPresent();
            if (!taken && reserved.add(new MediaLocation(owner, kind.folder(), candidate))) {
                return candidate;
            }
        }
    }

    private static byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    /** The client's name, for display only: control characters removed, at most 255 characters. */
    private static String displayName(String original) {
        String name =
                original == null ? "" : original.replaceAll("\\p{Cntrl}", "").strip();
        return name.codePointCount(0, name.length()) > 255 ? name.substring(0, name.offsetByCodePoints(0, 255)) : name;
    }
}
