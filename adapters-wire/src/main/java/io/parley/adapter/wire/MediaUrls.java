package io.parley.adapter.wire;

import io.parley.domain.DomainException;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.util.Arrays;

/**
 * Seed 000's media URL layout, relative to {@code /api/v1}: {@code /<chat|group|user>/<id>/<kind>/<stored name>},
 * where the kind is {@code img}, {@code video}, {@code audio}, {@code file}, {@code message/audio},
 * {@code message/video} or {@code avatar}. The one place that builds and reads these URLs; the core names files by
 * {@link MediaRef}.
 */
public final class MediaUrls {
    private static final String API_PREFIX = "/api/v1";

    private MediaUrls() {}

    /** The URL of {@code ref}, e.g. {@code /chat/1/img/1732184400123_photo.jpg}. */
    public static String of(MediaRef ref) {
        return "/" + ownerSegment(ref.owner().kind()) + "/" + ref.owner().id() + "/" + segment(ref.kind()) + "/"
                + ref.name().value();
    }

    /** The path segment(s) of a kind's upload and download URLs. */
    public static String segment(MediaKind kind) {
        return switch (kind) {
            case PHOTO -> "img";
            case VIDEO -> "video";
            case AUDIO -> "audio";
            case FILE -> "file";
            case VOICE -> "message/audio";
            case VIDEO_NOTE -> "message/video";
            case AVATAR -> "avatar";
        };
    }

    /**
     * The kind a conversation's download URL names ({@code img}, {@code video}, {@code audio}, {@code file}); throws
     * {@link MediaNotFoundException} for any other segment.
     */
    public static MediaKind conversationKind(String segment) {
        for (MediaKind kind : MediaKind.values()) {
            if (kind.isConversationFile() && segment(kind).equals(segment)) {
                return kind;
            }
        }
        throw new MediaNotFoundException();
    }

    /**
     * Reads a file URL a message names (with or without the {@code /api/v1} prefix). 400 {@code message.foreign_file}
     * for a URL outside the layout, {@code message.invalid_files} for a kind no message carries, and
     * {@code message.unknown_file} for a name no upload could have (whether a file of that name exists is the send's
     * to check).
     */
    public static MediaRef parseMessageFile(String url) {
        String path = url.startsWith(API_PREFIX + "/") ? url.substring(API_PREFIX.length()) : url;
        String[] parts = path.split("/", -1);
        OwnerKind ownerKind = parts.length >= 5 && parts[0].isEmpty() ? ownerKind(parts[1]) : null;
        long id = ownerKind == null ? 0 : positiveId(parts[2]);
        if (id <= 0) {
            throw DomainException.invalid(
                    "message.foreign_file",
                    "file URLs must name a file uploaded to this conversation (/chat/<id>/img/<name>, …): " + url);
        }
        MediaKind kind = kindOf(String.join("/", Arrays.copyOfRange(parts, 3, parts.length - 1)));
        if (kind == null) {
            throw DomainException.invalid("message.invalid_files", "no kind of file a message carries lives at " + url);
        }
        try {
            return new MediaRef(new MediaOwner(ownerKind, id), kind, new StoredName(parts[parts.length - 1]));
        } catch (MediaNotFoundException noSuchName) {
            throw DomainException.invalid("message.unknown_file", "no file was uploaded here at " + url);
        }
    }

    private static String ownerSegment(OwnerKind kind) {
        return switch (kind) {
            case CHAT -> "chat";
            case GROUP -> "group";
            case USER -> "user";
        };
    }

    private static OwnerKind ownerKind(String segment) {
        for (OwnerKind kind : OwnerKind.values()) {
            if (ownerSegment(kind).equals(segment)) {
                return kind;
            }
        }
        return null;
    }

    private static long positiveId(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Long.parseLong(digits);
    }

    private static MediaKind kindOf(String segment) {
        for (MediaKind kind : MediaKind.values()) {
            if (segment(kind).equals(segment)) {
                return kind;
            }
        }
        return null;
    }
}
