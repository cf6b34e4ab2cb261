package io.parley.application.port;

/** What {@link MediaStore#put} wrote: the size in bytes and the SHA-256 of the content, lower-case hex. */
public record StoredBlob(long size, String sha256) {}
