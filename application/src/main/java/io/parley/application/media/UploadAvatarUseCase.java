package io.parley.application.media;

/** Stores a new picture (raster images only); earlier ones stay listed until deleted. Returns the stored name. */
public interface UploadAvatarUseCase {
    String upload(UploadAvatarCommand command);
}
