package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import io.parley.application.event.Event;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans events out to every node over the Redis channel {@code <namespace>:events}: this node's clients get each event
 * synchronously before {@code publish} returns, the other nodes' clients once Redis relays it, each publisher's events
 * in publication order. Events published while a node's subscription is down are lost to that node; it asks its
 * clients to resynchronize from storage once the subscription is back. Subscribes when created.
 */
@Singleton
@Requires(property = "redis.uri")
public final class RedisEventPublisher implements EventPublisher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisEventPublisher.class);

    private final Provider<ConnectedClients> local;
    private final EventCodec codec;
    private final String origin = UUID.randomUUID().toString();
    private final String channel;
    private final StatefulRedisConnection<String, String> publishing;
    private final EventSubscription subscription;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A node that hands received events to {@code local}, resolved on first use (the clients depend on use cases that
     * depend on this publisher); opens two connections with {@code client}, one of them subscribed.
     */
    @Inject
    public RedisEventPublisher(
            Provider<ConnectedClients> local, RedisClient client, EventCodec codec, RedisSettings settings) {
        this.local = local;
        this.codec = codec;
        this.channel = settings.namespace() + ":events";
        this.publishing = client.connect();
        try {
            this.subscription = new EventSubscription(
                    client, channel, settings.namespace() + ":events:" + origin, this::receive, this::resynchronize);
        } catch (RuntimeException e) {
            publishing.close();
            throw e;
        }
    }

    /** A node outside any application context (tests, tools), exchanging events with the nodes of {@code namespace}. */
    public static RedisEventPublisher connect(ConnectedClients local, RedisClient client, String namespace) {
        return new RedisEventPublisher(() -> local, client, EventCodec.standalone(), RedisSettings.of(namespace));
    }

    /**
     * Delivers the event to this node's clients, then sends it to the other nodes without waiting for Redis; never
     * throws: a failed local delivery or send is logged with the event type, and the other part still happens.
     */
    @Override
    public void publish(Event event) {
        String kind = event.getClass().getSimpleName();
        try {
            local.get().deliver(event);
        } catch (RuntimeException e) {
            LOG.error("delivering {} to this node's clients failed", kind, e);
        }
        try {
            publishing.async().publish(channel, codec.encode(origin, event)).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    LOG.error("publishing {} on {} failed; other nodes miss it", kind, channel, failure);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.error("publishing {} on {} failed; other nodes miss it", kind, channel, e);
        }
    }

    private void receive(String message) {
        Optional<Event> event;
        try {
            event = codec.decode(message, origin);
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping undecodable message on {}: {}", channel, EventCodec.abbreviate(message), e);
            return;
        }
        event.ifPresent(received -> {
            try {
                local.get().deliver(received);
            } catch (RuntimeException e) {
                LOG.error(
                        "delivering received {} to this node's clients failed",
                        received.getClass().getSimpleName(),
                        e);
            }
        });
    }

    private void resynchronize() {
        try {
            local.get().resynchronize();
        } catch (RuntimeException e) {
            LOG.error("resynchronizing this node's clients after the subscription came back failed", e);
        }
    }

    /** Unsubscribes and closes both connections; events published afterwards still reach this node's clients. */
    @Override
    @PreDestroy
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                subscription.close();
            } finally {
                publishing.close();
            }
        }
    }
}
