package io.parley.bootstrap;

import io.micronaut.context.annotation.Context;
import io.parley.adapter.inprocess.LocalDelivery;
import io.parley.application.event.ChatDeleted;
import io.parley.application.media.DeleteChatMediaUseCase;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a chat's or group's files when this node hears that it was deleted (its media rows went with it in the
 * same transaction). Every node hears it; deleting twice is harmless.
 */
@Context
final class MediaCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(MediaCleanup.class);
    private final AutoCloseable subscription;

    MediaCleanup(LocalDelivery delivery, DeleteChatMediaUseCase deleteFiles) {
        this.subscription = delivery.subscribe(event -> {
            if (event instanceof ChatDeleted deleted) {
                deleteFiles.deleteFilesOf(deleted);
            }
        });
    }

    @PreDestroy
    void stop() throws Exception {
        LOG.debug("media cleanup stops listening");
        subscription.close();
    }
}
