package io.parley.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Optional;

/**
 * The status a request whose head Netty refused deserves: 431 for headers over {@code
 * micronaut.server.netty.max-header-size}, 414 for a request line over {@code
 * micronaut.server.netty.max-initial-line-length}. Micronaut 4.10 answers both with 413, as if the body were too
 * large. See ADR 0007, "Oversize request heads".
 */
final class OversizeHead {
    private OversizeHead() {}

    static Optional<MutableHttpResponse<ErrorBody>> of(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)
                || !netty.getNativeRequest().decoderResult().isFailure()) {
            return Optional.empty();
        }
        Throwable cause = netty.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(ErrorResponses.of(
                    HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "request.headers_too_large",
                    "the request headers are larger than the server takes"));
        }
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(ErrorResponses.of(
                    HttpStatus.REQUEST_URI_TOO_LONG, "request.uri_too_long", "the request line (URL) is too long"));
        }
        return Optional.empty();
    }
}
