package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.model.MediaView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaRepository;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A page of a conversation's files, newest first, for members only. */
public final class ListMediaService implements ListMediaUseCase {
    /** What a conversation's listing shows: its files, not its picture. */
    private static final Set<MediaKind> CONVERSATION_KINDS = EnumSet.complementOf(EnumSet.of(MediaKind.AVATAR));

    private final Conversations conversations;
    private final MediaRepository media;

    public ListMediaService(ChatRepository chats, MediaRepository media) {
        this.conversations = new Conversations(chats);
        this.media = media;
    }

    @Override
    public List<MediaView> list(ListMediaQuery query) {
        conversations.requireMember(query.chat(), query.actor());
        return media.list(MediaOwner.of(query.chat()), CONVERSATION_KINDS, query.limit(), query.offset()).stream()
                .map(MediaView::of)
                .toList();
    }
}
