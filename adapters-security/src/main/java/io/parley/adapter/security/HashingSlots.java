package io.parley.adapter.security;

import io.parley.domain.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once: each Argon2id check holds its memory cost (19 MiB by default) and a
 * core, so an unbounded flood exhausts the heap and starves every other request. A check that finds no slot within
 * {@code wait} is refused with 429 {@code auth.busy} instead of queueing.
 */
final class HashingSlots {
    private final Semaphore slots;
    private final Duration wait;

    HashingSlots(int concurrency, Duration wait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException(
                    "parley.security.hashing-concurrency must be at least 1: " + concurrency);
        }
        this.slots = new Semaphore(concurrency);
        this.wait = wait;
    }

    /** Runs {@code hashing} in a slot, or throws {@code auth.busy} if none frees up within the wait. */
    <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RateLimitedException(
                    "auth.busy", "the server is busy checking passwords; try again shortly", Duration.ofSeconds(1));
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
