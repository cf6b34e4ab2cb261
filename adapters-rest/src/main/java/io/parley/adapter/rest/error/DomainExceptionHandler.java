package io.parley.adapter.rest.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.parley.adapter.wire.ErrorStatus;
import io.parley.application.limit.QuotaExceededException;
import io.parley.domain.DomainException;
import io.parley.domain.RateLimitedException;
import jakarta.inject.Singleton;

/** The one place where a rule's rejection becomes an HTTP status; never a 200 and never a 500. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, DomainException exception) {
        HttpStatus status = HttpStatus.valueOf(ErrorStatus.httpStatus(exception.kind()));
        MutableHttpResponse<ErrorBody> response = ErrorResponses.of(status, exception.code(), exception.getMessage());
        if (exception instanceof RateLimitedException limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(limited.retryAfter())));
        }
        if (exception instanceof QuotaExceededException quota) {
            // draft-ietf-httpapi-ratelimit-headers: the bucket's size, what is left, seconds until it is full again
            response.header("RateLimit-Limit", Long.toString(quota.limit()));
            response.header("RateLimit-Remaining", Long.toString(quota.remaining()));
            response.header("RateLimit-Reset", Long.toString(seconds(quota.reset())));
        }
        return response;
    }

    private static long seconds(java.time.Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
