package io.parley.application.model;

/** The PNG preview of an image: its size and SHA-256; it lives under the same name in the thumbnails folder. */
public record Thumbnail(long size, String sha256) {
    /** Every thumbnail is a PNG. */
    public static final String MIME = "image/png";
    /** The longest side of a thumbnail, in pixels. */
    public static final int MAX_SIDE = 320;
}
