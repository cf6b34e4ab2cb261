package io.parley.adapter.rest.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Holds bodies other than multipart uploads to 1 MB (the server-wide limit is sized for uploads): a JSON body that
 * declares more is refused with 413 before it is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class JsonBodyLimitFilter implements Ordered {
    /** The largest non-multipart body accepted. */
    public static final long LIMIT = 1024 * 1024;

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseLargeNonMultipartBodies(HttpRequest<?> request) {
        long length = request.getContentLength();
        boolean multipart = request.getContentType().map(MediaType.MULTIPART_FORM_DATA_TYPE::matches).orElse(false);
        if (!multipart && length > LIMIT) {
            return ErrorResponses.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "request.too_large",
                    "request bodies other than file uploads are limited to 1 MB");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
