package io.parley.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.parley.adapter.rest.error.ErrorBody;
import io.parley.adapter.rest.error.ErrorResponses;
import io.parley.application.port.OutageDetector;
import io.parley.domain.ServiceUnavailableException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected failures that no other handler claims: 503 {@code service.unavailable} when the database could not be
 * reached (no connection within {@code PARLEY_DB_ACQUIRE_TIMEOUT_MS}, no answer within
 * {@code PARLEY_DB_SOCKET_TIMEOUT_SECONDS}, connection lost), else the usual 500 {@code internal} with the cause in
 * the log only. Lives here because it joins the persistence adapter's knowledge with the REST adapter's answers.
 */
@Produces
@Singleton
final class DatabaseOutageHandler implements ExceptionHandler<RuntimeException, HttpResponse<ErrorBody>> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageHandler.class);
    private final OutageDetector outages;

    DatabaseOutageHandler(OutageDetector outages) {
        this.outages = outages;
    }

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, RuntimeException exception) {
        ServiceUnavailableException unavailable = outages.unavailable(exception).orElse(null);
        if (unavailable != null) {
            LOG.warn(
                    "{} {}: {}: {}",
                    request.getMethod(),
                    request.getPath(),
                    unavailable.getMessage(),
                    exception.toString());
            return ErrorResponses.of(HttpStatus.SERVICE_UNAVAILABLE, unavailable.code(), unavailable.getMessage());
        }
        LOG.error("unexpected error answering {} {}", request.getMethod(), request.getPath(), exception);
        return ErrorResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "internal server error");
    }
}
