package io.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

    @Test
    void aHashBeyondTheBoundIsRefusedAfterTheWaitAndTheSlotIsReusableAfterwards() throws Exception {
        HashingSlots slots = new HashingSlots(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        holding.await();

        long started = System.nanoTime();
        assertThatThrownBy(() -> slots.run(() -> "second"))
                .isInstanceOf(RateLimitedException.class)
                .extracting(e -> ((RateLimitedException) e).code())
                .isEqualTo("auth.busy");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);

        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.run(() -> "third")).isEqualTo("third");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
