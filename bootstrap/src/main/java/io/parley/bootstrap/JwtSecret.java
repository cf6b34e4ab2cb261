package io.parley.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 signing secret. Parley ships no default: without {@code PARLEY_JWT_SECRET} it generates one on first
 * start and keeps it in the data directory, so tokens survive a restart.
 */
final class JwtSecret {
    static final String FILE_NAME = "jwt-secret";
    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {}

    /** The configured secret if given (at least 32 characters), otherwise the one kept in {@code dataDirectory}. */
    static String resolve(String configured, Path dataDirectory) {
        if (configured != null) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(
                        "PARLEY_JWT_SECRET must be at least " + MIN_LENGTH + " characters (256 bits for HS256)");
            }
            return configured;
        }
        return loadOrCreate(dataDirectory.resolve(FILE_NAME));
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() < MIN_LENGTH) {
                    throw new IllegalStateException("the JWT secret in " + file + " is shorter than " + MIN_LENGTH
                            + " characters; delete the file to generate a new one (all tokens become invalid)");
                }
                return stored;
            }
            Files.createDirectories(file.getParent());
            String secret = generate();
            writeOwnerOnly(file, secret);
            LOG.warn(
                    "No PARLEY_JWT_SECRET configured: generated a new signing secret and stored it in {}. "
                            + "Keep this file (or set PARLEY_JWT_SECRET) so tokens stay valid across restarts.",
                    file);
            return secret;
        } catch (FileAlreadyExistsException e) {
            // another process created it between our check and our write: use theirs
            return loadOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret file " + file, e);
        }
    }

    /** Creates the file readable by its owner only from the first byte on (where the file system has POSIX modes). */
    private static void writeOwnerOnly(Path file, String secret) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
