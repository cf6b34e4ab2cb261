package io.parley.adapter.websocket;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The stand-in when the application wires no {@link DependencyOutages}: every failure is the server's own. */
@Singleton
@Secondary
final class NoDependencyOutages implements DependencyOutages {
    @Override
    public boolean causedBy(Throwable failure) {
        return false;
    }
}
