package io.parley.application.media;

import io.parley.application.model.MediaView;
import java.util.List;

/** Lists a conversation's media for its members, from the database. */
public interface ListMediaUseCase {
    List<MediaView> list(ListMediaQuery query);
}
