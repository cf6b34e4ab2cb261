package io.parley.adapter.storage;

import io.parley.application.port.ContentDetector;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects types with Apache Tika's magic-byte rules. The file name is given to Tika only as a hint, which its
 * detector uses to pick a more specific subtype of what the bytes already show (a .docx inside a zip container);
 * it never turns bytes of one kind into another. Tika's names are mapped to the ones seed 000 lists; a
 * Matroska/WebM container is {@code audio/webm} when its tracks are all audio (a browser's voice note), otherwise
 * {@code video/webm}.
 */
@Singleton
public final class TikaContentDetector implements ContentDetector {
    private static final Map<String, String> SEED_NAMES = Map.ofEntries(
            Map.entry("audio/x-wav", "audio/wav"),
            Map.entry("audio/vnd.wave", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"),
            Map.entry("audio/vorbis", "audio/ogg"),
            Map.entry("audio/opus", "audio/ogg"),
            Map.entry("application/ogg", "audio/ogg"),
            Map.entry("audio/x-oggflac", "audio/ogg"),
            Map.entry("audio/x-aac", "audio/aac"),
            Map.entry("audio/mp4", "audio/aac"),
            Map.entry("application/x-rar", "application/x-rar-compressed"),
            Map.entry("application/vnd.rar", "application/x-rar-compressed"),
            Map.entry("image/x-ms-bmp", "image/bmp"),
            Map.entry("video/x-ms-asf", "video/x-ms-wmv"),
            Map.entry("video/avi", "video/x-msvideo"),
            Map.entry("text/x-csv", "text/csv"));
    private static final Set<String> MATROSKA =
            Set.of("application/x-matroska", "video/x-matroska", "audio/x-matroska", "video/webm", "audio/webm");
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    @Override
    public String detect(byte[] head, String nameHint) {
        String type = detectByTika(head, nameHint);
        if (MATROSKA.contains(type)) {
            // Tika tells WebM from Matroska only by the name; what matters is whether the container holds video
            return MatroskaTracks.audioOnly(head).orElse(false) ? "audio/webm" : "video/webm";
        }
        return type;
    }

    private String detectByTika(byte[] head, String nameHint) {
        MediaType fromBytes = detect(head, new Metadata());
        if (MediaType.OCTET_STREAM.equals(fromBytes) || nameHint == null || nameHint.isBlank()) {
            return seedName(fromBytes);
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint);
        MediaType refined = detect(head, named);
        // the name may only narrow what the bytes show (zip -> docx, text -> csv), never replace it
        boolean narrower = refined.equals(fromBytes) || registry.isSpecializationOf(refined, fromBytes);
        return seedName(narrower ? refined : fromBytes);
    }

    private MediaType detect(byte[] head, Metadata metadata) {
        try {
            return types.detect(new ByteArrayInputStream(head), metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException("content detection failed", e);
        }
    }

    private static String seedName(MediaType type) {
        String name = type.toString().toLowerCase(Locale.ROOT);
        return SEED_NAMES.getOrDefault(name, name);
    }
}
