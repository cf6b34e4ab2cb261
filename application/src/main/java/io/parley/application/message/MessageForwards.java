package io.parley.application.message;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MediaFile;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaNameTakenException;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.MessageRepository;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.Membership;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a forward copies and gives its files to the target conversation without re-uploading: each becomes a
 * media row of the target whose bytes the store shares with the original's (a hard link), so either conversation's
 * deletion leaves the other's files whole. A source the sender is not a member of answers like an unknown message.
 */
final class MessageForwards {
    private static final int NAME_ATTEMPTS = 10;
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final MediaRepository media;
    private final MediaStore store;

    MessageForwards(ChatRepository chats, MessageRepository messages, MediaRepository media, MediaStore store) {
        this.chats = chats;
        this.messages = messages;
        this.media = media;
        this.store = store;
    }

    /** The live original and the sender's membership of its conversation; otherwise {@code message.not_found}. */
    Found find(UserId sender, ForwardSource from) {
        Membership reader = chats.findMembership(from.chat(), sender)
                .orElseThrow(() -> new MessageNotFoundException(from.message()));
        AuthoredMessage original = messages.findAuthored(reader.chat(), from.message())
                .orElseThrow(() -> new MessageNotFoundException(from.message()));
        return new Found(reader, original);
    }

    /** The original's files as files of {@code target}, in order; stored with the caller's transaction. */
    List<MediaFile> files(ChatAddress target, UserId sender, List<MediaFile> originals, Instant now) {
        if (originals.isEmpty()) {
            return List.of();
        }
        if (media == null || store == null) {
            throw new DomainException(
                    ErrorKind.UNSUPPORTED,
                    "media.not_available",
                    "this server stores no media, so messages cannot carry files");
        }
        MediaOwner here = MediaOwner.of(target);
        List<MediaFile> copies = new ArrayList<>();
        for (MediaFile original : originals) {
            copies.add(original.owner().equals(here) ? original : copy(original, here, sender, now));
        }
        return copies;
    }

    private MediaFile copy(MediaFile original, MediaOwner here, UserId sender, Instant now) {
        StoredName name = original.name();
        for (int attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
            Optional<MediaFile> there = media.find(here, original.kind(), name);
            if (there.isPresent() && sameBytes(there.get(), original)) {
                // forwarded here before: the target already has these bytes under this name
                return there.get();
            }
            if (there.isEmpty()) {
                MediaFile copy = new MediaFile(
                        media.nextMediaId(),
                        here,
                        original.kind(),
                        name,
                        original.originalName(),
                        original.mime(),
                        original.size(),
                        original.sha256(),
                        sender,
                        now,
                        original.thumbnail());
                try {
                    store.share(original.location(), copy.location());
                } catch (MediaNameTakenException leftOver) {
                    // bytes without a row (a forward that rolled back): leave them, take the next name
                    name = nextName(original, now, attempt);
                    continue;
                }
                if (original.thumbnail() != null) {
                    store.share(original.thumbnailLocation(), copy.thumbnailLocation());
                }
                media.add(copy);
                return copy;
            }
            name = nextName(original, now, attempt);
        }
        throw new IllegalStateException(
                "no free name for a copy of " + original.name().value() + " in " + here);
    }

    private static StoredName nextName(MediaFile original, Instant now, int attempt) {
        return StoredName.of(now.plusMillis(attempt), original.originalName());
    }

    private static boolean sameBytes(MediaFile one, MediaFile other) {
        return one.size() == other.size() && one.sha256().equals(other.sha256());
    }

    /** What a forward copies: the original and the sender's membership of its conversation. */
    record Found(Membership reader, AuthoredMessage original) {}
}
