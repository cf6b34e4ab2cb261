package io.parley.application.media;

import java.util.List;
import io.parley.application.model.MediaView;

/** Stores a member's uploads in a conversation: all of them, or (on any refusal) none. */
public interface UploadMediaUseCase {
    List<MediaView> upload(UploadMediaCommand command);
}
