package io.parley.application.port;

import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import java.io.InputStream;

/** Keeps media bytes at locations the server chose; never holds a whole file in memory. */
public interface MediaStore {
    /**
     * Streams {@code content} to {@code location}: the file appears complete or not at all (written aside, then
     * moved); more than {@code maxBytes} throws {@code MediaTooLargeException} and leaves nothing behind; an existing
     * file at the location is a {@link MediaNameTakenException}, never overwritten.
     */
    StoredBlob put(MediaLocation location, InputStream content, long maxBytes);

    /**
     * The bytes at {@code location} from {@code offset}, {@code length} of them; the caller closes the stream.
     * Throws {@code MediaNotFoundException} if there is no such file.
     */
    InputStream open(MediaLocation location, long offset, long length);

    /**
     * Makes the file at {@code from} also available at {@code to} without passing its bytes through the server (the
     * filesystem hard-links it); the two are then deleted independently and the bytes go with the last one. A missing
     * {@code from} is a {@code MediaNotFoundException}, an existing {@code to} a {@link MediaNameTakenException}.
     */
    void share(MediaLocation from, MediaLocation to);

    /** Deletes the file at {@code location} if it exists; true if it did. */
    boolean delete(MediaLocation location);

    /** Deletes every file of {@code owner} (its whole folder); nothing happens if it has none. */
    void deleteAll(MediaOwner owner);
}
