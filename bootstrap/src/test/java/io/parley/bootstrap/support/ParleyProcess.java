package io.parley.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parley's {@code main} in a JVM of its own, run from the tests' class path with only the {@code PARLEY_*} variables
 * a test gives it, as an operator would start it; its output (stdout and stderr together) goes to a file.
 */
public final class ParleyProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final Process process;
    private final Path output;
    private final int port;

    private ParleyProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts Parley with {@code env} (plus a free {@code PARLEY_PORT} unless given) in {@code workDirectory}. */
    public static ParleyProcess launch(Path workDirectory, Map<String, String> env, String... args) {
        try {
            Map<String, String> settings = new HashMap<>(env);
            int[] ports = freePorts();
            settings.computeIfAbsent("PARLEY_PORT", name -> Integer.toString(ports[0]));
            if (!settings.containsKey("PARLEY_DB_URL")) {
                // another free port for the embedded PostgreSQL: left to pick its own, it once took the HTTP port
                // this had just found free and closed again, and the server could not start
                settings.computeIfAbsent("PARLEY_EMBEDDED_DB_PORT", name -> Integer.toString(ports[1]));
            }
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
            // the production logging, not the tests' logback-test.xml that is on the class path too
            command.add("-Dlogback.configurationFile=logback.xml");
            command.addAll(List.of("-cp", classPath(), "io.parley.bootstrap.Application"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile());
            // nothing of the test JVM's own settings leaks into the child: only what the test says
            builder.environment().keySet().removeIf(name -> name.startsWith("PARLEY_"));
            builder.environment().putAll(settings);
            Path output = Files.createTempFile(workDirectory, "parley-", ".log");
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
            return new ParleyProcess(builder.start(), output, Integer.parseInt(settings.get("PARLEY_PORT")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code GET /health} answers 200; fails with the process's output if it dies or takes too long. */
    public ParleyProcess awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "Parley exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(uri().resolve("/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet: try again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("Parley was not ready after " + START_TIMEOUT + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Parley still runs after " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code SIGTERM}, as {@code docker stop} and Kubernetes do, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** {@code kill -9}: the JVM dies at once, without shutdown hooks, leaving whatever it started behind. */
    public void kill9() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public long pid() {
        return process.pid();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Everything the process wrote so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-empty lines the process wrote. */
    public List<String> outputLines() {
        return output().lines().filter(line -> !line.isBlank()).toList();
    }

    /** Stops the process as an operator's Ctrl-C would, if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String classPath() {
        // surefire and failsafe may start the test JVM from a manifest-only jar; they name the real path here
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Two different free ports (both held open while the second is found). */
    private static int[] freePorts() {
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
