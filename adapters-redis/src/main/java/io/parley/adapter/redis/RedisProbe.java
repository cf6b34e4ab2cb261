package io.parley.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One PING to a Redis before anything else starts, so an unreachable one is named at once. */
public final class RedisProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private RedisProbe() {}

    /** Empty if {@code uri} is a Redis URI whose server answers PING within a few seconds, else why not. */
    public static Optional<String> check(String uri) {
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a Redis URI (" + e.getMessage() + ")");
        }
        redisUri.setTimeout(TIMEOUT);
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                .build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().ping();
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Optional.of("cannot be reached (" + (cause.getMessage() == null ? cause : cause.getMessage()) + ")");
        } finally {
            client.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
