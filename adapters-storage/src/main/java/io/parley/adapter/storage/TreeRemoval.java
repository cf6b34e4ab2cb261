package io.parley.adapter.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes a directory tree bottom-up without following symbolic links: a link is removed, never what it points to. */
final class TreeRemoval extends SimpleFileVisitor<Path> {
    private TreeRemoval() {}

    /** Deletes {@code top} and everything below it; entries that vanish meanwhile are fine, any other failure throws. */
    static void remove(Path top) throws IOException {
        Files.walkFileTree(top, new TreeRemoval());
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
        if (failure instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
        }
        throw failure;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
            throw failure;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
    }
}
