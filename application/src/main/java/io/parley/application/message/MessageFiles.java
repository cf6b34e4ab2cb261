package io.parley.application.message;

import io.parley.domain.media.MediaOwner;
import io.parley.application.model.MediaFile;
import io.parley.application.port.MediaRepository;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.MessageKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the URLs a file message names into the stored files of the same conversation: {@code with_files} takes 1–10
 * photos, videos, audio files or documents, {@code audio_message} one voice message, {@code video_message} one video
 * message. A URL of another conversation, of the wrong kind or of no stored file refuses the message (400).
 */
final class MessageFiles {
    static final int MAX_FILES = 10;
    private final MediaRepository media;

    MessageFiles(MediaRepository media) {
        this.media = media;
    }

    /**
     * Refuses (400) a list of URLs that no message of {@code kind} could carry, before anything is read: a text
     * message names none; a file message 1–10 (or exactly one) different, non-blank URLs.
     */
    static void checkShape(MessageKind kind, List<String> urls) {
        if (kind == MessageKind.TEXT) {
            if (!urls.isEmpty()) {
                throw DomainException.invalid("message.invalid_files",
                        "a text message carries no files; send type with_files, audio_message or video_message");
            }
            return;
        }
        if (urls.stream().anyMatch(url -> url == null || url.isBlank())) {
            throw DomainException.invalid("message.invalid_files", "file URLs must be non-empty strings");
        }
        int max = kind == MessageKind.WITH_FILES ? MAX_FILES : 1;
        if (urls.isEmpty() || urls.size() > max || urls.stream().distinct().count() != urls.size()) {
            throw DomainException.invalid("message.invalid_files", kind.wireName() + " needs " + (max == 1
                    ? "exactly one file URL" : "1 to " + max + " different file URLs"));
        }
    }

    List<MediaFile> resolve(ChatAddress chat, MessageKind kind, List<String> urls) {
        checkShape(kind, urls);
        List<MediaFile> files = new ArrayList<>();
        for (String url : urls) {
            files.add(resolveOne(chat, kind, url));
        }
        return files;
    }

    private MediaFile resolveOne(ChatAddress chat, MessageKind kind, String url) {
        String path = url.startsWith("/api/v1/") ? url.substring(7) : url;
        String[] parts = path.split("/", -1);
        String owner = chat.kind() == ChatKind.GROUP ? "group" : "chat";
        boolean here = parts.length >= 5 && parts[0].isEmpty() && parts[1].equals(owner)
                && parts[2].equals(chat.id().toString());
        if (!here) {
            throw DomainException.invalid("message.foreign_file", "file URLs must be of this " + owner + ": " + url);
        }
        MediaKind mediaKind = kindOf(kind, parts);
        try {
            return media.find(MediaOwner.of(chat), mediaKind, new StoredName(parts[parts.length - 1]))
                    .orElseThrow(MediaNotFoundException::new);
        } catch (MediaNotFoundException unknown) {
            throw DomainException.invalid("message.unknown_file", "no file was uploaded here at " + url);
        }
    }

    private static MediaKind kindOf(MessageKind kind, String[] parts) {
        boolean messageMedia = parts.length == 6 && parts[3].equals("message");
        MediaKind found = switch (kind) {
            case AUDIO_MESSAGE -> messageMedia && parts[4].equals("audio") ? MediaKind.VOICE : null;
            case VIDEO_MESSAGE -> messageMedia && parts[4].equals("video") ? MediaKind.VIDEO_NOTE : null;
            default -> parts.length == 5 ? kindOfSegment(parts[3]) : null;
        };
        if (found == null) {
            throw DomainException.invalid("message.invalid_files", kind.wireName() + " cannot carry this kind of file");
        }
        return found;
    }

    private static MediaKind kindOfSegment(String segment) {
        try {
            return MediaKind.ofSegment(segment);
        } catch (MediaNotFoundException notAFileSegment) {
            return null;
        }
    }
}
