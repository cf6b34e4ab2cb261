package io.parley.adapter.persistence;

import io.parley.application.port.OutageDetector;
import io.parley.domain.ServiceUnavailableException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The database being unreachable ({@link DatabaseOutage}) as a 503 for the adapters that answer clients. */
@Singleton
final class DatabaseOutageDetector implements OutageDetector {
    @Override
    public Optional<ServiceUnavailableException> unavailable(Throwable failure) {
        return DatabaseOutage.causedBy(failure)
                ? Optional.of(new ServiceUnavailableException("the database"))
                : Optional.empty();
    }
}
