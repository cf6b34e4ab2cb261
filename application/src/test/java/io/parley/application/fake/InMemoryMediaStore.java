package io.parley.application.fake;

import io.parley.application.port.MediaNameTakenException;
import io.parley.application.port.MediaStore;
import io.parley.application.port.StoredBlob;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Media bytes in a map, with the store's rules: capped, never overwritten, gone on delete. */
public final class InMemoryMediaStore implements MediaStore {
    private volatile boolean brokenDisk;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public StoredBlob put(MediaLocation location, InputStream content, long maxBytes) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new MediaTooLargeException(maxBytes);
        }
        if (files.putIfAbsent(location.relativePath(), bytes) != null) {
            throw new MediaNameTakenException(location.relativePath(), null);
        }
        return new StoredBlob(bytes.length, sha256(bytes));
    }

    @Override
    public InputStream open(MediaLocation location, long offset, long length) {
        byte[] bytes = files.get(location.relativePath());
        if (bytes == null) {
            throw new MediaNotFoundException();
        }
        int from = (int) Math.min(offset, bytes.length);
        return new ByteArrayInputStream(Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, from + length)));
    }

    @Override
    public void share(MediaLocation from, MediaLocation to) {
        byte[] bytes = files.get(from.relativePath());
        if (bytes == null) {
            throw new MediaNotFoundException();
        }
        if (files.putIfAbsent(to.relativePath(), bytes) != null) {
            throw new MediaNameTakenException(to.relativePath(), null);
        }
    }

    @Override
    public boolean delete(MediaLocation location) {
        return files.remove(location.relativePath()) != null;
    }

    @Override
    public void deleteAll(MediaOwner owner) {
        if (brokenDisk) {
            throw new java.io.UncheckedIOException(new java.io.IOException("the disk refuses to delete"));
        }
        String prefix = owner.kind().folder() + "/" + owner.id() + "/";
        files.keySet().removeIf(path -> path.startsWith(prefix));
    }

    /** From now on, removing a folder fails as on a broken disk. */
    public void breakDeletion() {
        brokenDisk = true;
    }

    /** How many files are stored. */
    public int count() {
        return files.size();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
