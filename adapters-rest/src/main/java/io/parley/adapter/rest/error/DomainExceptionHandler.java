package io.parley.adapter.rest.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.RateLimitedException;
import jakarta.inject.Singleton;

/** The one place where a rule's rejection becomes an HTTP status; never a 200 and never a 500. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<ErrorBody> response = ErrorResponses.of(statusOf(exception.kind()), exception.code(),
                exception.getMessage());
        if (exception instanceof RateLimitedException limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfter().toSeconds()));
        }
        return response;
    }

    static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
