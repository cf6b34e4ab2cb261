package io.parley.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;

/**
 * The PostgreSQL binaries shipped in the jar, to be unpacked into {@code directory}. The library keeps one unpacked
 * copy per resolver for the life of the JVM; as a record per directory, each directory gets its own copy rather than
 * the first one unpacked anywhere.
 */
record BinariesIn(File directory) implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
