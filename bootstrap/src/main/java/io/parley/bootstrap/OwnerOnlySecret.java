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

/**
 * A generated secret kept in a file only its owner can read (mode 600 where the file system has POSIX modes): made
 * on first use, read on every later one. If two processes race to create it, the loser reads the winner's file.
 */
final class OwnerOnlySecret {
    private OwnerOnlySecret() {}

    /** Whether {@link #loadOrCreate} found the file or wrote it. */
    record Loaded(String secret, boolean created) {}

    /**
     * The secret in {@code file}, or a new one of 48 random bytes (64 base64url characters) written there. A stored
     * secret shorter than {@code minLength} is refused with a line that says to delete the file.
     */
    static Loaded loadOrCreate(Path file, int minLength, String consequenceOfDeleting) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() < minLength) {
                    throw new StartupException("the secret in " + file + " is shorter than " + minLength
                            + " characters; delete the file to generate a new one (" + consequenceOfDeleting + ")");
                }
                return new Loaded(stored, false);
            }
            Files.createDirectories(file.getParent());
            String secret = generate();
            writeOwnerOnly(file, secret);
            return new Loaded(secret, true);
        } catch (FileAlreadyExistsException e) {
            // another process created it between our check and our write: use theirs
            return loadOrCreate(file, minLength, consequenceOfDeleting);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret file " + file, e);
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
