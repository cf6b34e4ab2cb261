package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.parley.application.media.AvatarService;
import io.parley.application.media.CheckPictureUseCase;
import io.parley.application.media.DeleteAvatarUseCase;
import io.parley.application.media.ListAvatarsUseCase;
import io.parley.application.media.ListMediaService;
import io.parley.application.media.ListMediaUseCase;
import io.parley.application.media.OpenAvatarUseCase;
import io.parley.application.media.OpenMediaService;
import io.parley.application.media.OpenMediaUseCase;
import io.parley.application.media.UploadAvatarService;
import io.parley.application.media.UploadAvatarUseCase;
import io.parley.application.media.UploadMediaService;
import io.parley.application.media.UploadMediaUseCase;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.Thumbnailer;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import jakarta.inject.Singleton;

/** The media use cases as beans; the size cap is {@code parley.media.max-file-size} (32 MB by default). */
@Factory
final class MediaFactory {

    @Singleton
    UploadMediaUseCase uploadMedia(
            ChatRepository chats,
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner tx,
            Clock clock,
            @Value("${parley.media.max-file-size:32MB}") @ReadableBytes long maxBytes) {
        return new UploadMediaService(chats, media, store, detector, thumbnailer, tx, clock, maxBytes);
    }

    @Singleton
    OpenMediaUseCase openMedia(ChatRepository chats, MediaRepository media, MediaStore store) {
        return new OpenMediaService(chats, media, store);
    }

    @Singleton
    ListMediaUseCase listMedia(ChatRepository chats, MediaRepository media) {
        return new ListMediaService(chats, media);
    }

    @Singleton
    UploadAvatarUseCase uploadAvatar(
            ChatRepository chats,
            UserRepository users,
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner tx,
            Clock clock,
            @Value("${parley.media.max-file-size:32MB}") @ReadableBytes long maxBytes) {
        return new UploadAvatarService(chats, users, media, store, detector, thumbnailer, tx, clock, maxBytes);
    }

    @Singleton
    CheckPictureUseCase checkPicture(
            ChatRepository chats,
            UserRepository users,
            MediaRepository media,
            MediaStore store,
            ContentDetector detector,
            Thumbnailer thumbnailer,
            TransactionRunner tx,
            Clock clock,
            @Value("${parley.media.max-file-size:32MB}") @ReadableBytes long maxBytes) {
        return new UploadAvatarService(chats, users, media, store, detector, thumbnailer, tx, clock, maxBytes);
    }

    @Singleton
    ListAvatarsUseCase listAvatars(
            ChatRepository chats, UserRepository users, MediaRepository media, MediaStore store, TransactionRunner tx) {
        return new AvatarService(chats, users, media, store, tx);
    }

    @Singleton
    OpenAvatarUseCase openAvatar(
            ChatRepository chats, UserRepository users, MediaRepository media, MediaStore store, TransactionRunner tx) {
        return new AvatarService(chats, users, media, store, tx);
    }

    @Singleton
    DeleteAvatarUseCase deleteAvatar(
            ChatRepository chats, UserRepository users, MediaRepository media, MediaStore store, TransactionRunner tx) {
        return new AvatarService(chats, users, media, store, tx);
    }
}
