package io.parley.application.message;

import io.parley.application.model.MediaFile;
import io.parley.application.port.MediaRepository;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.message.MessageKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stored files a file message names, all of the same conversation: {@code with_files} takes photos, videos,
 * audio files or documents, {@code audio_message} one voice message, {@code video_message} one video message. A file
 * of another conversation, of the wrong kind or not stored refuses the message (400).
 */
final class MessageFiles {
    private final MediaRepository media;

    MessageFiles(MediaRepository media) {
        this.media = media;
    }

    List<MediaFile> resolve(ChatAddress chat, MessageContent content) {
        MediaOwner here = MediaOwner.of(chat);
        List<MediaFile> files = new ArrayList<>();
        for (MediaRef ref : content.files()) {
            if (!ref.owner().equals(here)) {
                throw DomainException.invalid(
                        "message.foreign_file",
                        "files must be of this " + (chat.kind().wireName()) + ": "
                                + ref.name().value() + " is not");
            }
            if (!carries(content.kind(), ref.kind())) {
                throw DomainException.invalid(
                        "message.invalid_files", content.kind().wireName() + " cannot carry this kind of file");
            }
            files.add(media.find(ref.owner(), ref.kind(), ref.name())
                    .orElseThrow(() -> DomainException.invalid(
                            "message.unknown_file", "no file " + ref.name().value() + " was uploaded here")));
        }
        return files;
    }

    private static boolean carries(MessageKind message, MediaKind file) {
        return switch (message) {
            case TEXT -> false;
            case WITH_FILES -> file.isConversationFile();
            case AUDIO_MESSAGE -> file == MediaKind.VOICE;
            case VIDEO_MESSAGE -> file == MediaKind.VIDEO_NOTE;
        };
    }
}
