package io.parley.application.media;

/**
 * Tells, before anything is created for it, whether a file may become a picture: its type from its first bytes, as
 * {@link UploadAvatarUseCase} would decide; stores nothing.
 */
public interface CheckPictureUseCase {
    /**
     * The same file, to be read again from its first byte (its head has been read here); throws
     * {@code media.unsupported_type} (415) for anything but a raster image.
     */
    IncomingFile check(CheckPictureQuery query);
}
