package io.parley.adapter.websocket;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** One timer thread for the sockets' hole and typing timers; their tasks only queue work, so one thread suffices. */
@Factory
final class SocketTimers {
    static final String NAME = "parley-socket-timers";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService socketTimers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, NAME + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
