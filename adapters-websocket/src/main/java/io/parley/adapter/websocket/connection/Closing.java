package io.parley.adapter.websocket.connection;

import java.util.concurrent.CompletableFuture;

/** A socket's close frame, sent by its writer after everything queued before it. */
public final class Closing {
    private Closing() {}

    /** Queues the close behind {@code outbox}'s frames; the future completes once {@code wire} was asked to close. */
    public static CompletableFuture<Void> after(Outbox outbox, Wire wire, int code, String reason) {
        CompletableFuture<Void> handedOut = new CompletableFuture<>();
        outbox.then(() -> {
            try {
                wire.close(code, reason);
            } finally {
                handedOut.complete(null);
            }
        });
        return handedOut;
    }
}
