package io.parley.application.media;

import io.parley.application.event.ChatDeleted;

/** Removes a deleted conversation's files from the store (its metadata rows went with the conversation). */
public interface DeleteChatMediaUseCase {
    /** Deletes every file of the conversation; repeating it (every node hears of the deletion) is harmless. */
    void deleteFilesOf(ChatDeleted deleted);
}
