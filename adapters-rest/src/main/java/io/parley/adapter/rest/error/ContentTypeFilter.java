package io.parley.adapter.rest.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.regex.Pattern;

/**
 * A {@code Content-Type} that is not a media type at all ({@code garbage}, {@code application/}) is 415: Micronaut
 * cannot parse it, takes the body as JSON and runs the endpoint. See ADR 0007, "Unparsable Content-Type".
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class ContentTypeFilter implements Ordered {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*\\s*;?\\s*");

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseUnparsableContentTypes(HttpRequest<?> request) {
        String type = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (type == null || MEDIA_TYPE.matcher(type.strip()).matches()) {
            return null;
        }
        return ErrorResponses.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "request.unsupported_media_type",
                "the Content-Type is not a media type; JSON endpoints take application/json");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
