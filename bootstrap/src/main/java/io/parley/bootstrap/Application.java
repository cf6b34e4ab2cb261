package io.parley.bootstrap;

import java.util.List;
import java.util.Map;

/** Starts Parley with settings from the environment; {@code --help} and {@code --version} only print. */
public final class Application {
    /** The exit code when a setting or the data directory stops the start. */
    static final int UNUSABLE_SETTING = 2;

    private Application() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(LaunchHelp.help());
            return;
        }
        if (arguments.contains("--version")) {
            System.out.println(LaunchHelp.version());
            return;
        }
        Map<String, String> env = System.getenv();
        List<String> problems = SettingRules.problems(env);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("Parley cannot start: " + problem));
            System.exit(UNUSABLE_SETTING);
        }
        try {
            // SIGTERM and SIGINT stop Parley in order (ShutdownSignals), before any shutdown hook runs; Parley adds
            // no hook of its own: one closing the context would deadlock with Micronaut's (ADR 0007)
            ShutdownSignals.install(Parley.start(LaunchSettings.fromEnvironment(env), Map.of(), args));
        } catch (StartupException e) {
            System.err.println("Parley cannot start: " + e.getMessage());
            System.exit(UNUSABLE_SETTING);
        }
    }
}
