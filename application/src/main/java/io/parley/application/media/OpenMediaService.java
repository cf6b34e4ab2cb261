package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.model.MediaFile;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;

/** Looks the file up in the database (never on disk by a client's name) after the membership check. */
public final class OpenMediaService implements OpenMediaUseCase {
    private final Conversations conversations;
    private final MediaRepository media;
    private final MediaStore store;

    public OpenMediaService(ChatRepository chats, MediaRepository media, MediaStore store) {
        this.conversations = new Conversations(chats);
        this.media = media;
        this.store = store;
    }

    @Override
    public MediaContent open(OpenMediaQuery query) {
        conversations.requireMember(query.chat(), query.actor());
        MediaFile file = media.find(MediaOwner.of(query.chat()), query.kind(), new StoredName(query.name()))
                .orElseThrow(MediaNotFoundException::new);
        return MediaContent.of(file, query.thumbnail(), store);
    }
}
