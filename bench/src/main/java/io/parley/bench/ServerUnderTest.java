package io.parley.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Parley server being measured: a separate JVM started from the packaged jar on a fresh database of the machine's
 * PostgreSQL, with the limits a load test exceeds on purpose raised and cheap password hashing (the harness registers
 * thousands of users; hashing is not what it measures).
 */
final class ServerUnderTest implements AutoCloseable {
    private final Process process;
    private final URI base;
    private final String adminUrl;
    private final String user;
    private final String database;
    private final double coldStartSeconds;

    private ServerUnderTest(
            Process process, URI base, String adminUrl, String user, String database, double coldStartSeconds) {
        this.process = process;
        this.base = base;
        this.adminUrl = adminUrl;
        this.user = user;
        this.database = database;
        this.coldStartSeconds = coldStartSeconds;
    }

    static ServerUnderTest start(Options options) throws Exception {
        String database = "parley_bench_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(options.adminDbUrl(), options.dbUser(), "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("parley-bench-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + options.serverHeap()));
        if (options.jfr() != null) {
            command.add("-XX:StartFlightRecording=filename=" + options.jfr() + ",settings=profile");
        }
        command.addAll(options.jvmArgs());
        command.addAll(List.of("-jar", options.serverJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(options.serverLog().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PARLEY_"));
        builder.environment()
                .putAll(Map.ofEntries(
                        Map.entry("PARLEY_PORT", Integer.toString(port)),
                        Map.entry("PARLEY_DATA_DIR", dataDir.toString()),
                        Map.entry("PARLEY_DB_URL", dbUrl(options.adminDbUrl(), database)),
                        Map.entry("PARLEY_DB_USER", options.dbUser()),
                        Map.entry("PARLEY_JWT_SECRET", "bench-secret-bench-secret-bench-secret-0123456789"),
                        Map.entry("PARLEY_SECURITY_ARGON2_MEMORY_KIB", "8"),
                        Map.entry("PARLEY_SECURITY_ARGON2_ITERATIONS", "1"),
                        Map.entry("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "2h"),
                        Map.entry("PARLEY_LIMITS_REGISTER_PER_ADDRESS", "1000000/1m"),
                        Map.entry("PARLEY_LIMITS_LOGIN_PER_ADDRESS", "1000000/1m"),
                        Map.entry("PARLEY_LIMITS_SEND_PER_USER", "1000000/1m")));
        builder.environment().putAll(options.serverEnv());
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        Rest rest = new Rest(base);
        long deadline = started + TimeUnit.SECONDS.toNanos(90);
        while (rest.get("/health") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server exited with " + process.exitValue() + "; see " + options.serverLog());
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "the server did not answer /health within 90 s; see " + options.serverLog());
            }
            Thread.sleep(10);
        }
        double coldStart = (System.nanoTime() - started) / 1e9;
        return new ServerUnderTest(process, base, options.adminDbUrl(), options.dbUser(), database, coldStart);
    }

    private static String dbUrl(String adminUrl, String database) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    double coldStartSeconds() {
        return coldStartSeconds;
    }

    /** A connection to the server's own database (the caller closes it). */
    Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl(adminUrl, database), user, "");
    }

    /** The server's used heap in bytes right after a full collection (jcmd GC.run, then GC.heap_info). */
    long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        java.util.regex.Matcher used =
                java.util.regex.Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** The server's resident set size in bytes (VmRSS of /proc/PID/status). */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for the server process");
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /** Rows in the messages table of the server's database. */
    long storedMessages() throws SQLException {
        try (Connection connection = database();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from messages")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }

    /** Where the server comes from and what it runs on. */
    record Options(
            Path serverJar,
            String adminDbUrl,
            String dbUser,
            String serverHeap,
            Path serverLog,
            Path jfr,
            Map<String, String> serverEnv,
            List<String> jvmArgs) {
        /**
         * The same server, started with {@code jvmArgs} as well, logging to {@code log} and never profiled (a second
         * recording would overwrite the main run's and slow the start it measures).
         */
        Options with(List<String> jvmArgs, Path log) {
            List<String> all = new ArrayList<>(this.jvmArgs);
            all.addAll(jvmArgs);
            return new Options(serverJar, adminDbUrl, dbUser, serverHeap, log, null, serverEnv, List.copyOf(all));
        }
    }

    static void requireFile(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(
                    jar + " is missing: build it with ./mvnw -o -q package -DskipTests -pl bootstrap -am");
        }
    }
}
