package io.parley.bench;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Open-loop Poisson arrivals: send times are drawn in advance (exponential gaps at the offered rate) and never wait
 * for the server, so a slow server shows as latency from the scheduled time, not as a lower offered rate.
 */
final class OpenLoop {
    private final SplittableRandom random;

    OpenLoop(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Calls {@code send} with each scheduled {@link System#nanoTime()} for {@code seconds} at {@code perSecond}. */
    int run(double perSecond, double seconds, LongConsumer send) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        double next = start;
        int count = 0;
        while (true) {
            next += -Math.log(1 - random.nextDouble()) / perSecond * 1e9;
            long at = (long) next;
            if (at >= end) {
                return count;
            }
            long wait;
            while ((wait = at - System.nanoTime()) > 20_000) {
                LockSupport.parkNanos(wait - 10_000);
            }
            send.accept(at);
            count++;
        }
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
