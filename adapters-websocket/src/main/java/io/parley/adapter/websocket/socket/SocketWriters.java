package io.parley.adapter.websocket.socket;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that hand every socket's frames to the network, one task at a time per socket (see
 * {@link io.parley.adapter.websocket.connection.Outbox}). They are not Netty's event loops, so every frame reaches a
 * connection through its event loop's task queue, in the order it was handed out. The work never blocks: a few threads
 * ({@code parley.websocket.writer-threads}) serve all sockets.
 */
@Singleton
public final class SocketWriters implements Executor {
    private final ExecutorService threads;

    SocketWriters(WebSocketSettings settings) {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(settings.writerThreads(), work -> {
            Thread thread = new Thread(work, "parley-socket-writer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable work) {
        threads.execute(work);
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }
}
