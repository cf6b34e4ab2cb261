package io.parley.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.parley.application.event.Event;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.PresenceTracker;
import io.parley.application.testdata.SampleEvents;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter's beans as bootstrap gets them: only with {@code redis.uri}, configured by {@code parley.redis.*}. */
final class RedisBeansTest {
    private static RedisClient client;
    private final String namespace = TestRedis.namespace();

    @BeforeAll
    static void connect() {
        client = RedisClient.create(TestRedis.uri());
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @Test
    void withoutARedisUriThereIsNoRedisBeanAtAll() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("parley.redis.namespace", "unused"))) {
            assertThat(context.containsBean(RedisClient.class)).isFalse();
            assertThat(context.containsBean(RedisEventPublisher.class)).isFalse();
            assertThat(context.containsBean(RedisPresenceTracker.class)).isFalse();
            assertThat(context.containsBean(EventCodec.class)).isFalse();
            assertThat(context.containsBean(RedisSettings.class)).isFalse();
        }
    }

    @Test
    void unconfiguredSettingsTakeTheDefaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", TestRedis.uri()))) {
            assertThat(context.getBean(RedisSettings.class))
                    .isEqualTo(new RedisSettings("parley", Duration.ofSeconds(45), Duration.ofSeconds(2)));
        }
    }

    @Test
    void withARedisUriThePortsAreRedisBackedAndClosedWithTheContext() throws Exception {
        RecordingConnectedClients elsewhere = new RecordingConnectedClients();
        Event event = SampleEvents.everyKind().get(3);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                        "redis.uri",
                        TestRedis.uri(),
                        "parley.redis.namespace",
                        namespace,
                        "parley.redis.presence-ttl",
                        "10s",
                        "micronaut.serde.property-naming-strategy",
                        "SNAKE_CASE",
                        "test.clients-needing-the-publisher",
                        true));
                RedisEventPublisher otherNode = RedisEventPublisher.connect(elsewhere, client, namespace);
                RedisPresenceTracker otherTracker = new RedisPresenceTracker(client, RedisSettings.of(namespace))) {
            EventPublisher publisher = context.getBean(EventPublisher.class);
            publisher.publish(event);
            PresenceTracker tracker = context.getBean(PresenceTracker.class);

            assertThat(publisher).isInstanceOf(RedisEventPublisher.class);
            ClientsNeedingThePublisher local = context.getBean(ClientsNeedingThePublisher.class);
            assertThat(local.publisher()).isSameAs(publisher);
            assertThat(local.recorded().delivered()).containsExactly(event);
            assertThat(elsewhere.awaitCount(1, Duration.ofSeconds(10))).containsExactly(event);
            assertThat(context.getBean(RedisSettings.class))
                    .isEqualTo(new RedisSettings(namespace, Duration.ofSeconds(10), Duration.ofSeconds(2)));
            assertThat(tracker).isInstanceOf(RedisPresenceTracker.class);
            assertThat(tracker.opened(UserId.of(5))).isTrue();
            assertThat(otherTracker.onlineAmong(List.of(UserId.of(5)))).containsExactly(UserId.of(5));
            assertThat(subscriptionsOf(namespace)).isEqualTo(2);
            context.close();
            assertThat(subscriptionsOf(namespace)).isEqualTo(1);
        } finally {
            TestRedis.deleteNamespace(client, namespace);
        }
    }

    private static long subscriptionsOf(String ns) {
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            return admin.sync()
                    .clientList()
                    .lines()
                    .filter(line -> line.contains(" name=" + ns + ":events:"))
                    .count();
        }
    }
}
