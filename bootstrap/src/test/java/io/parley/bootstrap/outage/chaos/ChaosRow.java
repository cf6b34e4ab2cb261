package io.parley.bootstrap.outage.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one fault did to the crowd: sends acknowledged and stored (of the sends of that phase), deliveries (a member
 * holding a stored message) made and expected, duplicates (stored twice, or applied twice outside a resume), lost
 * deliveries, the recovery time, and whatever else broke the protocol.
 */
public record ChaosRow(
        String fault,
        int acked,
        int stored,
        int delivered,
        int expected,
        int duplicates,
        int lost,
        Optional<Duration> recovery,
        int retries,
        int reconnects,
        int gaps,
        List<String> problems) {

    public boolean isClean() {
        return problems.isEmpty() && duplicates == 0 && lost == 0 && acked == stored && delivered == expected;
    }

    String recoveryText() {
        return recovery.map(d -> String.format("%.2f s", d.toMillis() / 1000.0)).orElse("none");
    }
}
