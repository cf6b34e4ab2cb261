package io.parley.application.port;

/** Tells a file's type from its bytes. */
public interface ContentDetector {
    /**
     * The MIME type of content that starts with {@code head} (the first bytes, up to 64 KiB), lower-case and
     * normalised to seed 000's names (e.g. {@code audio/wav}, {@code audio/ogg}); {@code nameHint} may only refine a
     * type the bytes already show (a .docx inside a zip container), never decide it;
     * {@code application/octet-stream} when unknown.
     */
    String detect(byte[] head, String nameHint);
}
