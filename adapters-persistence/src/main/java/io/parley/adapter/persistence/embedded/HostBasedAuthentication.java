package io.parley.adapter.persistence.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A cluster's {@code pg_hba.conf}: who may connect and how they prove it. */
final class HostBasedAuthentication {
    private static final String PASSWORDS_ONLY = """
            # Written by Parley: every connection proves the password kept in the data directory's
            # postgres-password file (scram-sha-256). There is no Unix socket; TCP listens on loopback only.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private HostBasedAuthentication() {}

    /** True if some rule lets a client in without a password (clusters made by earlier Parley versions trust local users). */
    static boolean trustsAnyone(File cluster) {
        File file = new File(cluster, "pg_hba.conf");
        try (BufferedReader reader = new BufferedReader(new FileReader(file, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (!rule.startsWith("#") && rule.matches(".*\\btrust\\b.*")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces the rules with password-only ones (the server reads them on its next reload). */
    static void requirePasswords(File cluster) {
        File file = new File(cluster, "pg_hba.conf");
        try (Writer writer = new FileWriter(file, StandardCharsets.UTF_8)) {
            writer.write(PASSWORDS_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
