package io.parley.bootstrap.outage.chaos;

import java.time.Duration;

/**
 * How big and how long the chaos test is: the short form runs in the default build, the long form
 * ({@code -Dparley.chaos=long}, {@code bench/chaos}) has more clients and longer phases.
 *
 * @param senders clients that send messages (half on each node)
 * @param lurkers clients that only receive and mark read
 * @param sendInterval pause between two sends of one sender
 * @param before load before the fault starts
 * @param during how long the fault lasts (a node dead, Redis gone; the database stop is always 10 s)
 * @param after load after the fault ended
 */
public record ChaosScale(
        int senders, int lurkers, Duration sendInterval, Duration before, Duration during, Duration after) {
    public static final String PROPERTY = "parley.chaos";

    /** The scale the {@code parley.chaos} system property selects: {@code long}, or the short form. */
    public static ChaosScale selected() {
        return "long".equals(System.getProperty(PROPERTY)) ? longForm() : shortForm();
    }

    public static ChaosScale shortForm() {
        return new ChaosScale(
                6, 2, Duration.ofMillis(700), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3));
    }

    public static ChaosScale longForm() {
        return new ChaosScale(
                20, 4, Duration.ofMillis(400), Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    public boolean isLong() {
        return senders > shortForm().senders;
    }
}
