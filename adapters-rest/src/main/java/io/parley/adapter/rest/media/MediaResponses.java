package io.parley.adapter.rest.media;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.parley.adapter.rest.error.ErrorResponses;
import io.parley.application.media.MediaContent;
import io.parley.application.model.MediaFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a download: the detected type, length, a strong ETag (the SHA-256), byte ranges (206, or 416 with a JSON
 * error), never sniffed,
 * and anything a browser could run as script (SVG, HTML, XML, PDF) as a sandboxed attachment.
 */
final class MediaResponses {
    private static final Set<String> SCRIPTABLE = Set.of(
            "image/svg+xml", "text/html", "application/xhtml+xml", "text/xml", "application/xml", "application/pdf");
    private static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private MediaResponses() {}

    /** {@code ?thumb=1} (or {@code true}) asks for an image's PNG preview. */
    static boolean wantsPreview(String thumb) {
        return "1".equals(thumb) || "true".equalsIgnoreCase(thumb);
    }

    static MutableHttpResponse<?> serve(MediaContent content, String range, String ifNoneMatch) {
        MediaFile file = content.file();
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return headers(HttpResponse.status(HttpStatus.NOT_MODIFIED), file, etag);
        }
        Optional<ByteRange> wanted;
        try {
            wanted = ByteRange.parse(range, file.size());
        } catch (ByteRange.Unsatisfiable outside) {
            return ErrorResponses.of(
                            HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                            "media.range_not_satisfiable",
                            "the range starts at or beyond the end of the file (" + file.size() + " bytes)")
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size())
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .header(HttpHeaders.ETAG, etag);
        }
        MediaType type = MediaType.of(file.mime());
        long modified = file.createdAt().toEpochMilli();
        if (wanted.isEmpty()) {
            return headers(
                    HttpResponse.ok(new StreamedFile(content.open(0, file.size()), type, modified, file.size())),
                    file,
                    etag);
        }
        ByteRange part = wanted.get();
        return headers(
                        HttpResponse.status(HttpStatus.PARTIAL_CONTENT)
                                .body(new StreamedFile(
                                        content.open(part.start(), part.length()), type, modified, part.length())),
                        file,
                        etag)
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + part.start() + "-" + part.end() + "/" + file.size());
    }

    private static MutableHttpResponse<?> headers(MutableHttpResponse<?> response, MediaFile file, String etag) {
        boolean scriptable = SCRIPTABLE.contains(file.mime());
        String name = file.originalName().isBlank() ? file.name().value() : file.originalName();
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (scriptable ? "attachment" : "inline")
                                + "; filename=\"" + file.name().value() + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
    }
}
