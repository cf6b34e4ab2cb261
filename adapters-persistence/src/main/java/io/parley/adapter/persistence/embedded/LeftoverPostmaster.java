package io.parley.adapter.persistence.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Parley that died without stopping its PostgreSQL ({@code kill -9}, a power cut) left in a cluster directory:
 * the {@code postmaster.pid} of a server that still runs (stopped here, so the next one can start) or of one that is
 * gone (left alone: PostgreSQL sees the process is dead, takes the file over and recovers from its WAL).
 */
final class LeftoverPostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    /** postmaster.pid records its start to the second; a process that started within this of it is that server. */
    private static final Duration SAME_START = Duration.ofSeconds(5);

    private LeftoverPostmaster() {}

    /**
     * Stops a PostgreSQL still running on {@code cluster}; the caller makes sure no live Parley owns it. Throws
     * {@link IllegalStateException} if it does not stop within a minute.
     */
    static void clear(File cluster) {
        File pidFile = new File(cluster, "postmaster.pid");
        if (!pidFile.isFile()) {
            return;
        }
        List<String> lines = read(pidFile);
        Optional<ProcessHandle> process = pid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.warn(
                    "{} is left from a PostgreSQL that did not shut down; it recovers from its write-ahead log",
                    pidFile);
            return;
        }
        if (!isThatServer(process.get(), lines)) {
            // the pid was reused by an unrelated program: the file is stale, and PostgreSQL would refuse to start
            LOG.warn(
                    "{} names pid {}, which is not a PostgreSQL now; removing the stale file",
                    pidFile,
                    process.get().pid());
            if (!pidFile.delete()) {
                throw new IllegalStateException("cannot remove the stale " + pidFile);
            }
            return;
        }
        stop(process.get(), cluster);
    }

    private static void stop(ProcessHandle postmaster, File cluster) {
        LOG.warn(
                "A PostgreSQL (pid {}) is still running on {}, left by a Parley that did not shut down; stopping it",
                postmaster.pid(),
                cluster);
        // SIGTERM: PostgreSQL's smart shutdown; the dead Parley's connections are gone, so it ends with a checkpoint
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL (pid " + postmaster.pid() + ") left running on " + cluster
                    + " did not stop within " + STOP_PATIENCE.toSeconds() + " s; stop it, then start Parley again");
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not wait for PostgreSQL pid " + postmaster.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
        }
    }

    /** True if the process is the PostgreSQL the file describes: its program is postgres, or it started when it did. */
    private static boolean isThatServer(ProcessHandle process, List<String> lines) {
        ProcessHandle.Info info = process.info();
        boolean postgresProgram = info.command()
                .map(command -> new File(command).getName())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
        Optional<Instant> recordedStart = line(lines, 2).flatMap(LeftoverPostmaster::epochSeconds);
        boolean sameStart = recordedStart.isPresent()
                && info.startInstant()
                        .map(start -> Duration.between(start, recordedStart.get())
                                        .abs()
                                        .compareTo(SAME_START)
                                <= 0)
                        .orElse(false);
        return postgresProgram || sameStart;
    }

    private static Optional<Long> pid(List<String> lines) {
        return line(lines, 0).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> line(List<String> lines, int index) {
        return index < lines.size() ? Optional.of(lines.get(index).strip()) : Optional.empty();
    }

    private static List<String> read(File file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new FileReader(file, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
