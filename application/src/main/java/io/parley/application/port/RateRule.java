package io.parley.application.port;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A token-bucket rule: up to {@code capacity} at once, refilled continuously at {@code capacity} per {@code period}.
 * {@code name} keeps the buckets of different rules apart.
 */
public record RateRule(String name, long capacity, Duration period) {
    public RateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (capacity < 1) {
            throw new IllegalArgumentException(name + ": the capacity must be at least 1: " + capacity);
        }
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException(name + ": the period must be at least 1ms: " + period);
        }
    }

    /**
     * Parses a setting such as {@code 300/1m}, {@code 20/1h} or {@code 1GB/1d}: an amount (optionally with a binary
     * {@code KB}/{@code MB}/{@code GB} suffix), a slash, a period ({@code ms}, {@code s}, {@code m}, {@code h},
     * {@code d}).
     */
    public static RateRule parse(String name, String setting) {
        String text = setting == null ? "" : setting.strip();
        int slash = text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException(
                    name + ": expected <amount>/<period> such as 300/1m, not '" + setting + "'");
        }
        try {
            return new RateRule(name, amount(text.substring(0, slash)), period(text.substring(slash + 1)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    name + ": expected <amount>/<period> such as 300/1m, not '" + setting + "'", e);
        }
    }

    private static long amount(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}}) {
            if (upper.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                upper = upper.substring(0, upper.length() - 2).strip();
                break;
            }
        }
        return Math.multiplyExact(Long.parseLong(upper), unit);
    }

    private static Duration period(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            throw new NumberFormatException("no period in " + text);
        }
        if (lower.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
        }
        long value = Long.parseLong(lower.substring(0, lower.length() - 1));
        return switch (lower.charAt(lower.length() - 1)) {
            case 's' -> Duration.ofSeconds(value);
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> throw new NumberFormatException("unknown period unit in " + text);
        };
    }

    @Override
    public String toString() {
        return name + " " + capacity + "/" + period;
    }
}
