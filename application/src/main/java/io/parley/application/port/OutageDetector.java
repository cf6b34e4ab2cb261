package io.parley.application.port;

import io.parley.domain.ServiceUnavailableException;
import java.util.Optional;

/** Tells a failure caused by an unreachable service Parley depends on from any other failure. */
public interface OutageDetector {
    /** The 503 to answer when {@code failure} was caused by the service being unreachable, else empty. */
    Optional<ServiceUnavailableException> unavailable(Throwable failure);
}
