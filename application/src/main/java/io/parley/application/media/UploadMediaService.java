package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.StoredBlob;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks membership, detects each file's type from its first bytes (refusing a wrong type before storing anything),
 * streams it to the store under a server-made name with the size cap, then records all files in one transaction.
 * If anything fails, the files already stored are deleted: an upload leaves all its files or none.
 */
public final class UploadMediaService implements UploadMediaUseCase {
    private static final int HEAD = 64 * 1024;

    private final Conversations conversations;
    private final MediaRepository media;
    private final MediaStore store;
    private final ContentDetector detector;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final long maxBytes;

    public UploadMediaService(ChatRepository chats, MediaRepository media, MediaStore store, ContentDetector detector,
                              TransactionRunner transactions, Clock clock, long maxBytes) {
        this.conversations = new Conversations(chats);
        this.media = media;
        this.store = store;
        this.detector = detector;
        this.transactions = transactions;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<MediaView> upload(UploadMediaCommand command) {
        Membership member = conversations.requireMember(command.chat(), command.actor());
        MediaOwner owner = MediaOwners.of(command.chat());
        List<MediaFile> stored = new ArrayList<>();
        try {
            for (IncomingFile file : command.files()) {
                stored.add(storeOne(member, owner, command.target(), file, stored));
            }
            transactions.inTransaction(() -> {
                stored.forEach(media::add);
                return null;
            });
        } catch (RuntimeException failed) {
            stored.forEach(file -> store.delete(file.location()));
            throw failed;
        }
        return stored.stream().map(MediaView::of).toList();
    }

    private MediaFile storeOne(Membership member, MediaOwner owner, UploadTarget target, IncomingFile file,
                               List<MediaFile> earlier) {
        byte[] head = readHead(file.content());
        String mime = detector.detect(head, file.originalName());
        MediaKind kind = target.kindFor(mime);
        Instant now = clock.now();
        StoredName name = freeName(owner, kind, now, file.originalName(), earlier);
        MediaLocation location = new MediaLocation(owner, kind.folder(), name);
        StoredBlob blob = store.put(location,
                new SequenceInputStream(new ByteArrayInputStream(head), file.content()), maxBytes);
        return new MediaFile(media.nextMediaId(), owner, kind, name, displayName(file.originalName()), mime,
                blob.size(), blob.sha256(), member.user(), now);
    }

    /** The seed's {@code <millis>_<name>}, moved on by a millisecond while the name is taken. */
    private StoredName freeName(MediaOwner owner, MediaKind kind, Instant now, String original,
                                List<MediaFile> earlier) {
        for (int step = 0; ; step++) {
            StoredName candidate = StoredName.of(now.plusMillis(step), original);
            boolean taken = earlier.stream().anyMatch(f -> f.kind() == kind && f.name().equals(candidate))
                    || media.find(owner, kind, candidate).isPresent();
            if (!taken) {
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
        String name = original == null ? "" : original.replaceAll("\\p{Cntrl}", "").strip();
        return name.codePointCount(0, name.length()) > 255
                ? name.substring(0, name.offsetByCodePoints(0, 255)) : name;
    }
}
