package io.parley.application.media;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.Thumbnailer;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import java.util.List;

/**
 * Checks who may change the picture, then takes the file in like any upload (typed, capped, all or none); checks a
 * file's type alone for forms that create the picture's owner first.
 */
public final class UploadAvatarService implements UploadAvatarUseCase, CheckPictureUseCase {
    private final AvatarRules rules;
    private final MediaIntake intake;

    public UploadAvatarService(
            ChatRepository chats,
            UserRepository users,
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner transactions,
            Clock clock,
            long maxBytes) {
        this.rules = new AvatarRules(chats, users);
        this.intake = new MediaIntake(media, store, detector, thumbnailer, transactions, clock, maxBytes);
    }

    @Override
    public String upload(UploadAvatarCommand command) {
        rules.checkChange(command.actor(), command.avatar());
        return intake.take(command.avatar().owner(), command.actor(), UploadTarget.AVATAR, List.of(command.file()))
                .get(0)
                .name()
                .value();
    }

    @Override
    public IncomingFile check(CheckPictureQuery query) {
        return intake.checkType(UploadTarget.AVATAR, query.file());
    }
}
