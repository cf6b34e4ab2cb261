package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's subscription to the event channel on a dedicated pub/sub connection. Lettuce calls back on its I/O
 * threads, so every message goes to one single-threaded executor: messages are handled one at a time in arrival
 * order (keeping each publisher's order), never on an I/O thread. Lettuce reconnects and re-subscribes by itself
 * after a drop; each re-subscription runs {@code onResubscribed} on the same executor, since messages published
 * while the connection was down are lost.
 */
final class EventSubscription implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventSubscription.class);

    private final String channel;
    private final StatefulRedisPubSubConnection<String, String> connection;
    private final ExecutorService executor;
    private final AtomicBoolean subscribedOnce = new AtomicBoolean();

    /** Subscribes now and returns once Redis confirmed the subscription. */
    EventSubscription(
            RedisClient client,
            String channel,
            String clientName,
            Consumer<String> onMessage,
            Runnable onResubscribed) {
        this.channel = channel;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-redis-events");
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.connection = client.connectPubSub();
        } catch (RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        try {
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        handOff(() -> onMessage.accept(message));
                    }
                }

                @Override
                public void subscribed(String to, long count) {
                    if (channel.equals(to) && !subscribedOnce.compareAndSet(false, true)) {
                        LOG.warn("re-subscribed to {} after the connection dropped; resynchronizing", channel);
                        handOff(onResubscribed);
                    }
                }
            });
            connection.sync().clientSetname(clientName);
            connection.sync().subscribe(channel);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void handOff(Runnable work) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.warn("dropped a message on {} that arrived while shutting down", channel, e);
        }
    }

    /** Closes the connection, then lets the messages already handed off finish (for a few seconds at most). */
    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("event handling on {} did not finish within 5s of shutdown", channel);
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
