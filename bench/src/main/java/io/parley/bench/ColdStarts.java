package io.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Workload E again with class data sharing (AppCDS), as docs/operations.md tells operators to start Parley: a first
 * start records the classes it loaded into an archive when it stops ({@code -XX:ArchiveClassesAtExit}), and the
 * measured start maps them from there ({@code -XX:SharedArchiveFile}) instead of loading and verifying them from the
 * jar. Each start gets a fresh, empty database, as the plain cold start does.
 */
final class ColdStarts {
    private ColdStarts() {}

    /** Seconds to /health 200 of a start that uses the archive of an earlier one. */
    static double withClassDataArchive(ServerUnderTest.Options server) throws Exception {
        Path archive = Files.createTempDirectory("parley-bench-cds-").resolve("parley.jsa");
        Path recordingLog = server.serverLog().resolveSibling("server-cds-recording.log");
        Path log = server.serverLog().resolveSibling("server-cds.log");
        try (ServerUnderTest recording =
                ServerUnderTest.start(server.with(List.of("-XX:ArchiveClassesAtExit=" + archive), recordingLog))) {
            recording.base(); // up: stopping it writes the archive
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the first start wrote no class-data archive; see " + recordingLog);
        }
        try (ServerUnderTest measured =
                ServerUnderTest.start(server.with(List.of("-XX:SharedArchiveFile=" + archive), log))) {
            return measured.coldStartSeconds();
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(archive.getParent());
        }
    }
}
