package io.parley.adapter.rest.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Holds bodies other than multipart uploads to 1 MB (the server-wide limit is sized for uploads), before they are
 * read: a body that declares more is refused with 413, and one that declares no length at all (sent with
 * {@code Transfer-Encoding: chunked}) with 411, since its size could only be learnt by reading it. Micronaut has no
 * per-route limit; see docs/adr/0007-framework-workarounds.md.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class JsonBodyLimitFilter implements Ordered {
    /** The largest non-multipart body accepted. */
    public static final long LIMIT = 1024 * 1024;

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseLargeNonMultipartBodies(HttpRequest<?> request) {
        if (request.getContentType()
                .map(MediaType.MULTIPART_FORM_DATA_TYPE::matches)
                .orElse(false)) {
            return null;
        }
        long length = request.getContentLength();
        if (length > LIMIT) {
            return ErrorResponses.of(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "request.too_large",
                    "request bodies other than file uploads are limited to 1 MB");
        }
        if (length < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return ErrorResponses.of(
                    HttpStatus.LENGTH_REQUIRED,
                    "request.length_required",
                    "request bodies other than file uploads need a Content-Length; chunked bodies are not accepted");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
