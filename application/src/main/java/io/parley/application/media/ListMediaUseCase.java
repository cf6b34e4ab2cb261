package io.parley.application.media;

import java.util.List;
import io.parley.application.model.MediaView;

/** Lists a conversation's media for its members, from the database. */
public interface ListMediaUseCase {
    List<MediaView> list(ListMediaQuery query);
}
