package io.parley.bootstrap;

import java.util.Map;

/** Starts Parley with settings from the environment. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Parley parley = Parley.start(LaunchSettings.fromEnvironment(System.getenv()), Map.of(), args);
        Runtime.getRuntime().addShutdownHook(new Thread(parley::close, "parley-shutdown"));
    }
}
