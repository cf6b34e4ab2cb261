package io.parley.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.context.ApplicationContext;
import io.parley.adapter.inprocess.InMemoryCallRoster;
import io.parley.adapter.inprocess.InMemoryPresenceTracker;
import io.parley.adapter.inprocess.InMemoryRateLimiter;
import io.parley.adapter.inprocess.InProcessEventPublisher;
import io.parley.adapter.inprocess.LocalDelivery;
import io.parley.adapter.persistence.TestDatabase;
import io.parley.adapter.redis.RedisCallRoster;
import io.parley.adapter.redis.RedisEventPublisher;
import io.parley.adapter.redis.RedisPresenceTracker;
import io.parley.adapter.redis.RedisRateLimiter;
import io.parley.adapter.redis.TestRedis;
import io.parley.application.limit.BucketLoginThrottle;
import io.parley.application.limit.FailoverRateLimiter;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.RateLimiter;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringIT {

    @Test
    void everyInPortResolvesToExactlyOneBean() {
        List<Class<?>> inPorts = new ClassFileImporter()
                .withImportOption(ArchitectureTest.PRODUCTION_ONLY).importPackages("io.parley.application").stream()
                        .filter(JavaClass::isInterface)
                        .filter(c -> c.getSimpleName().endsWith("UseCase"))
                        .<Class<?>>map(JavaClass::reflect)
                        .toList();
        assertThat(inPorts)
                .contains(
                        io.parley.application.account.RegisterAccountUseCase.class,
                        io.parley.application.profile.SearchUsersUseCase.class);

        ApplicationContext context = TestServer.parley().context();
        for (Class<?> port : inPorts) {
            assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void withoutRedisTheInProcessAdaptersAreWiredAndWithRedisTheRedisOnes() {
        boolean sharedUsesRedis = TestServer.REDIS_URL != null;
        assertRealTimeAdapters(TestServer.parley().context(), sharedUsesRedis);

        Map<String, Object> otherMode =
                sharedUsesRedis ? Map.of() : TestServer.redis(TestRedis.uri(), TestRedis.namespace());
        try (Parley other = TestServer.start(TestDatabase.shared(), otherMode)) {
            assertRealTimeAdapters(other.context(), !sharedUsesRedis);
        }
    }

    private static void assertRealTimeAdapters(ApplicationContext context, boolean redis) {
        assertThat(context.getBean(EventPublisher.class))
                .isInstanceOf(redis ? RedisEventPublisher.class : InProcessEventPublisher.class);
        assertThat(context.getBean(PresenceTracker.class))
                .isInstanceOf(redis ? RedisPresenceTracker.class : InMemoryPresenceTracker.class);
        assertThat(context.getBean(CallRoster.class))
                .isInstanceOf(redis ? RedisCallRoster.class : InMemoryCallRoster.class);
        // rate limits and the login throttle count in Redis too, so they do not multiply with nodes (with this
        // node's own buckets standing in while Redis is unavailable)
        assertThat(context.getBean(RateLimiter.class))
                .isInstanceOf(redis ? FailoverRateLimiter.class : InMemoryRateLimiter.class);
        if (redis) {
            assertThat(context.containsBean(RedisRateLimiter.class)).isTrue();
        }
        assertThat(context.getBean(LoginThrottle.class)).isInstanceOf(BucketLoginThrottle.class);
        // either way, a node's events reach its sockets through the local delivery
        assertThat(context.getBean(ConnectedClients.class)).isInstanceOf(LocalDelivery.class);
    }
}
