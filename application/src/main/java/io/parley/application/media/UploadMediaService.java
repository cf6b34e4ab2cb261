package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.model.MediaView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.Thumbnailer;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Membership;
import io.parley.domain.media.MediaOwner;
import java.util.List;

/** Members upload into their conversation; everything else is {@link MediaIntake}'s: typed, capped, all or none. */
public final class UploadMediaService implements UploadMediaUseCase {
    private final Conversations conversations;
    private final MediaIntake intake;

    public UploadMediaService(
            ChatRepository chats,
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner transactions,
            Clock clock,
            long maxBytes) {
        this.conversations = new Conversations(chats);
        this.intake = new MediaIntake(media, store, detector, thumbnailer, transactions, clock, maxBytes);
    }

    @Override
    public List<MediaView> upload(UploadMediaCommand command) {
        Membership member = conversations.requireMember(command.chat(), command.actor());
        return intake.take(MediaOwner.of(command.chat()), member.user(), command.target(), command.files()).stream()
                .map(MediaView::of)
                .toList();
    }
}
