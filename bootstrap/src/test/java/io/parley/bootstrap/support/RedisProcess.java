package io.parley.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway {@code redis-server} process of one test, on a free port and without persistence, that the test can
 * kill (as a crash would) and start again on the same port, empty. The machine's shared Redis is never touched.
 */
public final class RedisProcess implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(10);
    private final int port;
    private Process process;

    private RedisProcess(int port) {
        this.port = port;
    }

    /** A running Redis on a free port. */
    public static RedisProcess start() {
        RedisProcess redis = new RedisProcess(freePort());
        redis.restart();
        return redis;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Kills the server with SIGKILL and waits until its port refuses connections. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process = null;
        }
    }

    /** Starts the server (empty: it never saves) and waits until it accepts connections. */
    public synchronized void restart() {
        kill();
        try {
            process = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "redis-" + port + ".log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting redis-server (is it installed?)", e);
        }
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + port + " within " + START);
    }

    @Override
    public void close() {
        kill();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
