package io.parley.adapter.redis;

import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.parley.domain.ServiceUnavailableException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Redis being unreachable (refused while disconnected, or no answer within the command timeout) into
 * {@link ServiceUnavailableException}, which every caller maps to 503 {@code service.unavailable}.
 */
final class RedisOutage {
    private static final Logger LOG = LoggerFactory.getLogger(RedisOutage.class);

    private RedisOutage() {}

    /** The result of {@code call}, or a {@link ServiceUnavailableException} if Redis could not be reached. */
    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (!causedByRedis(e)) {
                throw e;
            }
            LOG.warn("Redis is unavailable: {}", e.toString());
            throw new ServiceUnavailableException("Redis");
        }
    }

    static void guardRun(Runnable call) {
        guard(() -> {
            call.run();
            return null;
        });
    }

    private static boolean causedByRedis(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisLoadingException || cause instanceof RedisBusyException) {
                return true;
            }
            if (cause instanceof RedisCommandExecutionException) {
                // Redis answered with an error (a script's bug, a wrong type): not an outage
                return false;
            }
            if (cause instanceof RedisException) {
                // refused while disconnected, timed out, connection lost or refused
                return true;
            }
        }
        return false;
    }
}
