package io.parley.application.media;

import io.parley.application.model.MediaFile;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.StoredName;
import java.util.List;
import java.util.Set;

/** Lists, opens and deletes pictures after {@link AvatarRules}' checks; the names come from the database. */
public final class AvatarService implements ListAvatarsUseCase, OpenAvatarUseCase, DeleteAvatarUseCase {
    private static final int MAX_LISTED = 100;
    private final AvatarRules rules;
    private final MediaRepository media;
    private final MediaStore store;
    private final TransactionRunner transactions;

    public AvatarService(
            ChatRepository chats,
            UserRepository users,
            MediaRepository media,
            MediaStore store,
            TransactionRunner transactions) {
        this.rules = new AvatarRules(chats, users);
        this.media = media;
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public List<String> list(AvatarQuery query) {
        rules.checkView(query.actor(), query.avatar());
        return media.list(query.avatar().owner(), Set.of(MediaKind.AVATAR), MAX_LISTED, 0).stream()
                .map(file -> file.name().value())
                .toList();
    }

    @Override
    public MediaContent open(AvatarQuery query) {
        rules.checkView(query.actor(), query.avatar());
        MediaFile file = find(query);
        return MediaContent.of(file, query.thumbnail(), store);
    }

    @Override
    public void delete(AvatarQuery query) {
        rules.checkChange(query.actor(), query.avatar());
        MediaFile file = find(query);
        transactions.inTransaction(() -> media.delete(file));
        store.delete(file.location());
        store.delete(file.thumbnailLocation());
    }

    private MediaFile find(AvatarQuery query) {
        return media.find(query.avatar().owner(), MediaKind.AVATAR, new StoredName(query.name()))
                .orElseThrow(MediaNotFoundException::new);
    }
}
