package io.parley.application.media;

import io.parley.application.event.ChatDeleted;
import io.parley.application.port.MediaStore;
import io.parley.domain.chat.ChatAddress;

/** Deletes the folder of a deleted private chat or group. */
public final class DeleteChatMediaService implements DeleteChatMediaUseCase {
    private final MediaStore store;

    public DeleteChatMediaService(MediaStore store) {
        this.store = store;
    }

    @Override
    public void deleteFilesOf(ChatDeleted deleted) {
        store.deleteAll(MediaOwners.of(new ChatAddress(deleted.kind(), deleted.chat())));
    }
}
