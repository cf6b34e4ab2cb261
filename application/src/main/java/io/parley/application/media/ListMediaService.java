package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaRepository;
import java.util.List;

/** A page of a conversation's files, newest first, for members only. */
public final class ListMediaService implements ListMediaUseCase {
    private final Conversations conversations;
    private final MediaRepository media;

    public ListMediaService(ChatRepository chats, MediaRepository media) {
        this.conversations = new Conversations(chats);
        this.media = media;
    }

    @Override
    public List<MediaView> list(ListMediaQuery query) {
        conversations.requireMember(query.chat(), query.actor());
        return media.list(MediaOwners.of(query.chat()), query.limit(), query.offset()).stream()
                .map(MediaView::of).toList();
    }
}
