package io.parley.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.util.IllegalReferenceCountException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A multipart form over a limit (more than {@code micronaut.server.netty.form-max-fields} fields) sometimes reaches
 * Micronaut 4.10's multipart binder after it released the body: the 413 it meant to raise is then only a suppressed
 * exception of an {@code IllegalReferenceCountException}, answered with 500. This handler answers the 413. Any other
 * reference-count failure stays a logged 500. See ADR 0007, "Form bodies and typed json parts".
 */
@Produces
@Singleton
public final class FormLimitHandler
        implements ExceptionHandler<IllegalReferenceCountException, HttpResponse<ErrorBody>> {
    private static final Logger LOG = LoggerFactory.getLogger(FormLimitHandler.class);

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, IllegalReferenceCountException exception) {
        for (Throwable suppressed : exception.getSuppressed()) {
            if (suppressed instanceof ContentLengthExceededException) {
                return ErrorResponses.of(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "request.too_large",
                        "the form has more fields or bytes than the server takes");
            }
        }
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
        return ErrorResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "internal server error");
    }
}
