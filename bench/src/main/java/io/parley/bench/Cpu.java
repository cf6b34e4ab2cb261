package io.parley.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of processes from /proc: the server under test, every PostgreSQL process on the machine (other users of
 * that PostgreSQL count too, which is why the harness runs under the build lock) and the harness itself.
 */
final class Cpu {
    private static final double TICKS_PER_SECOND = 100.0;

    record Sample(double server, double postgres, double harness, long wallNanos) {
        Sample minus(Sample before) {
            return new Sample(
                    server - before.server,
                    postgres - before.postgres,
                    harness - before.harness,
                    wallNanos - before.wallNanos);
        }

        double seconds() {
            return wallNanos / 1e9;
        }
    }

    private final long serverPid;

    Cpu(long serverPid) {
        this.serverPid = serverPid;
    }

    Sample sample() {
        return new Sample(
                seconds(Path.of("/proc", Long.toString(serverPid))),
                postgres(),
                seconds(Path.of("/proc/self")),
                System.nanoTime());
    }

    private static double postgres() {
        double total = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().equals("postgres")) {
                        total += seconds(process);
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return total;
    }

    /** utime + stime of the process, in seconds (fields 14 and 15 of /proc/PID/stat). */
    private static double seconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
