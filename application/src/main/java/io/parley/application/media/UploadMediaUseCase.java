package io.parley.application.media;

import io.parley.application.model.MediaView;
import java.util.List;

/** Stores a member's uploads in a conversation: all of them, or (on any refusal) none. */
public interface UploadMediaUseCase {
    List<MediaView> upload(UploadMediaCommand command);
}
