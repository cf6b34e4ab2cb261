package io.parley.bootstrap;

import java.util.Map;

/** Starts Parley with settings from the environment. */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        // Micronaut's own shutdown hook stops the server; the embedded PostgreSQL stops through its library's hook.
        // A second hook closing the context here would deadlock with Micronaut's.
        Parley.start(LaunchSettings.fromEnvironment(System.getenv()), Map.of(), args);
    }
}
