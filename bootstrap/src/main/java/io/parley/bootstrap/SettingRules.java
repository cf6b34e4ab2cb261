package io.parley.bootstrap;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.format.ReadableBytesTypeConverter;
import io.micronaut.runtime.converters.time.TimeConverterRegistrar;
import io.parley.adapter.rest.client.TrustedProxySettings;
import io.parley.application.port.RateRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every setting of the README's table must look like, checked before anything starts: a value that would be
 * ignored or fail deep inside the start is refused with one line naming the variable, the problem and the expected
 * form. Durations and sizes are parsed by the same converters Micronaut binds them with.
 */
final class SettingRules {
    private static final MutableConversionService CONVERSIONS = conversions();
    private static final String DURATION = "a duration such as 500ms, 90s, 15m, 2h or 30d";
    private static final Map<String, Rule> RULES = rules();

    private SettingRules() {}

    /** One setting: its variable, whether its value is secret (never echoed), whether blank means unset. */
    record Rule(String variable, boolean secret, boolean blankIsUnset, Check check) {}

    /** A value's problem and the expected form ("is not a duration; expected …"), if it has one. */
    @FunctionalInterface
    interface Check {
        Optional<String> problem(String value);
    }

    /** Every variable a rule checks, in the README's order. */
    static List<String> variables() {
        return List.copyOf(RULES.keySet());
    }

    static Rule rule(String variable) {
        Rule rule = RULES.get(variable);
        if (rule == null) {
            throw new IllegalArgumentException("no rule for " + variable);
        }
        return rule;
    }

    /** One line per set variable whose value is unusable, in the README's order; empty if all are fine. */
    static List<String> problems(Map<String, String> env) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : RULES.values()) {
            String value = env.get(rule.variable());
            if (value == null || (rule.blankIsUnset() && value.isBlank())) {
                continue;
            }
            rule.check()
                    .problem(value)
                    .ifPresent(problem -> lines.add(line(rule.variable(), value, rule.secret(), problem)));
        }
        argon2MemoryForItsLanes(env).ifPresent(lines::add);
        return lines;
    }

    /** {@code NAME='value' problem}, or {@code NAME (value hidden) problem} for a secret. */
    static String line(String variable, String value, boolean secret, String problem) {
        String shown = secret ? " (value hidden)" : "='" + value.replaceAll("\\p{Cntrl}", "?") + "'";
        return variable + shown + " " + problem;
    }

    static Check jwtSecret() {
        return value -> value.length() >= JwtSecret.MIN_LENGTH
                ? Optional.empty()
                : Optional.of("has " + value.length() + " characters; expected at least " + JwtSecret.MIN_LENGTH
                        + " (256 bits for HS256), e.g. the output of: openssl rand -base64 48");
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        add(rules, "PARLEY_PORT", wholeNumber(1, 65535, "a port number from 1 to 65535"));
        add(rules, "PARLEY_DATA_DIR", path());
        addOptional(rules, "PARLEY_DB_URL", false, SettingRules::jdbcUrl);
        add(rules, "PARLEY_DB_USER", notBlank("a database user name"));
        addOptional(rules, "PARLEY_DB_PASSWORD", true, value -> Optional.empty());
        add(rules, "PARLEY_DB_POOL_SIZE", wholeNumber(1, 10_000, "a number of connections of at least 1"));
        add(rules, "PARLEY_DB_ACQUIRE_TIMEOUT_MS", wholeNumber(250, 600_000, "milliseconds from 250 to 600000"));
        add(rules, "PARLEY_DB_SOCKET_TIMEOUT_SECONDS", wholeNumber(1, 3600, "seconds from 1 to 3600"));
        add(
                rules,
                "PARLEY_EMBEDDED_DB_PORT",
                wholeNumber(0, 65535, "a port number from 1 to 65535, or 0 for any free"));
        addOptional(rules, "PARLEY_JWT_SECRET", true, jwtSecret());
        addOptional(rules, "PARLEY_MANAGEMENT_TOKEN", true, SettingRules::managementToken);
        add(rules, "PARLEY_SECURITY_ACCESS_TOKEN_TTL", duration(false));
        add(rules, "PARLEY_SECURITY_REFRESH_TOKEN_TTL", duration(false));
        add(rules, "PARLEY_SECURITY_ARGON2_MEMORY_KIB", wholeNumber(8, 4_194_304, "KiB from 8 to 4194304 (4 GiB)"));
        add(rules, "PARLEY_SECURITY_ARGON2_ITERATIONS", wholeNumber(1, 1000, "a number of passes from 1 to 1000"));
        add(rules, "PARLEY_SECURITY_ARGON2_PARALLELISM", wholeNumber(1, 255, "a number of lanes from 1 to 255"));
        add(rules, "PARLEY_SECURITY_PURGE_INTERVAL", duration(false));
        add(
                rules,
                "PARLEY_SECURITY_LOGIN_MAX_FAILURES",
                wholeNumber(1, 1_000_000, "a number of failures of at least 1"));
        add(rules, "PARLEY_SECURITY_LOGIN_FAILURE_WINDOW", duration(false));
        add(rules, "PARLEY_SECURITY_HASHING_CONCURRENCY", wholeNumber(1, 1024, "a number of hashes from 1 to 1024"));
        add(rules, "PARLEY_SECURITY_HASHING_WAIT", duration(true));
        addOptional(rules, "PARLEY_TRUSTED_PROXIES", false, SettingRules::addressRanges);
        for (String limit : List.of(
                "REGISTER_PER_ADDRESS",
                "LOGIN_PER_ADDRESS",
                "SEND_PER_USER",
                "TYPING_PER_USER",
                "UPLOADS_PER_USER",
                "UPLOAD_BYTES_PER_USER",
                "SOCKET_OPENS_PER_USER")) {
            add(rules, "PARLEY_LIMITS_" + limit, SettingRules::rate);
        }
        add(
                rules,
                "PARLEY_LIMITS_OPEN_SOCKETS_PER_USER",
                wholeNumber(1, 1_000_000, "a number of sockets of at least 1"));
        add(rules, "PARLEY_LIMITS_SESSIONS_PER_USER", wholeNumber(1, 1_000_000, "a number of sessions of at least 1"));
        add(
                rules,
                "PARLEY_LIMITS_REACTION_KINDS_PER_MESSAGE",
                wholeNumber(1, 10_000, "a number of emoji of at least 1"));
        add(
                rules,
                "PARLEY_LIMITS_REACTIONS_PER_USER_PER_MESSAGE",
                wholeNumber(1, 10_000, "a number of reactions of at least 1"));
        add(
                rules,
                "PARLEY_LIMITS_MENTIONS_PER_MESSAGE",
                wholeNumber(1, 10_000, "a number of mentioned users of at least 1"));
        add(rules, "PARLEY_LIMITS_PINS_PER_CHAT", wholeNumber(1, 10_000, "a number of pinned messages of at least 1"));
        add(
                rules,
                "PARLEY_LIMITS_SOCKET_REFUSALS_BEFORE_CLOSE",
                wholeNumber(1, 1_000_000, "a number of refusals of at least 1"));
        add(rules, "PARLEY_MEDIA_ROOT", path());
        add(rules, "PARLEY_MEDIA_MAX_FILE_SIZE", SettingRules::size);
        addOptional(rules, "PARLEY_REDIS_URL", false, SettingRules::redisUrl);
        add(rules, "PARLEY_REDIS_NAMESPACE", SettingRules::namespace);
        add(rules, "PARLEY_REDIS_PRESENCE_TTL", duration(false));
        add(rules, "PARLEY_REDIS_COMMAND_TIMEOUT", duration(false));
        add(rules, "PARLEY_WEBSOCKET_PING_INTERVAL", duration(false));
        add(rules, "PARLEY_WEBSOCKET_IDLE_TIMEOUT", duration(false));
        add(
                rules,
                "PARLEY_WEBSOCKET_OUTBOUND_LIMIT",
                wholeNumber(1, Integer.MAX_VALUE, "a number of characters of at least 1"));
        add(rules, "PARLEY_WEBSOCKET_TYPING_EXPIRY", duration(false));
        add(rules, "PARLEY_WEBSOCKET_WRITER_THREADS", wholeNumber(1, 1024, "a number of threads from 1 to 1024"));
        add(rules, "PARLEY_WEBSOCKET_CLOSE_TIMEOUT", duration(true));
        add(rules, "PARLEY_SEARCH_MAX_QUERY_LENGTH", wholeNumber(1, 4096, "a number of characters from 1 to 4096"));
        add(rules, "PARLEY_SEARCH_MAX_PAGE_SIZE", wholeNumber(1, 1000, "a number of results from 1 to 1000"));
        addOptional(rules, "PARLEY_CALLS_STUN_URLS", false, urls("stun:", "stuns:"));
        addOptional(rules, "PARLEY_CALLS_TURN_URLS", false, urls("turn:", "turns:"));
        addOptional(rules, "PARLEY_CALLS_TURN_SECRET", true, value -> Optional.empty());
        add(rules, "PARLEY_CALLS_CREDENTIAL_TTL", duration(false));
        add(rules, "PARLEY_CALLS_SESSION_EXPIRY", duration(false));
        add(rules, "PARLEY_SHUTDOWN_GRACE", duration(true));
        add(rules, "PARLEY_SEND_BATCH_LANES", wholeNumber(1, 64, "a number of writer threads from 1 to 64"));
        add(rules, "PARLEY_SEND_BATCH_SIZE", wholeNumber(1, 10_000, "a number of sends from 1 to 10000"));
        add(rules, "PARLEY_SEND_BATCH_WINDOW", durationUpTo(Duration.ofMillis(100)));
        add(rules, "PARLEY_SEND_BATCH_QUEUE", wholeNumber(1, 1_000_000, "a number of sends from 1 to 1000000"));
        return rules;
    }

    private static void add(Map<String, Rule> rules, String variable, Check check) {
        rules.put(variable, new Rule(variable, false, false, check));
    }

    /** A setting that is unset by default: an empty value means unset too. */
    private static void addOptional(Map<String, Rule> rules, String variable, boolean secret, Check check) {
        rules.put(variable, new Rule(variable, secret, true, check));
    }

    private static Check wholeNumber(long min, long max, String expected) {
        return value -> {
            try {
                long number = Long.parseLong(value.strip());
                return number >= min && number <= max
                        ? Optional.empty()
                        : Optional.of("is out of range; expected " + expected);
            } catch (NumberFormatException e) {
                return Optional.of("is not a whole number; expected " + expected);
            }
        };
    }

    private static Check duration(boolean zeroAllowed) {
        String expected = zeroAllowed ? DURATION + " (0s allowed)" : DURATION;
        return value -> {
            Optional<Duration> duration = CONVERSIONS.convert(value.strip(), Duration.class);
            if (duration.isEmpty()) {
                return Optional.of("is not a duration; expected " + expected);
            }
            boolean tooShort =
                    zeroAllowed ? duration.get().isNegative() : duration.get().toMillis() < 1;
            return tooShort ? Optional.of("is too short; expected " + expected) : Optional.empty();
        };
    }

    /** A duration from 0 to {@code max}: a longer wait would hold every send's ack back that long. */
    private static Check durationUpTo(Duration max) {
        Check duration = duration(true);
        return value -> duration.problem(value)
                .or(() -> CONVERSIONS
                        .convert(value.strip(), Duration.class)
                        .filter(given -> given.compareTo(max) > 0)
                        .map(given -> "is too long; expected " + DURATION + " from 0s to " + max.toMillis() + "ms"));
    }

    private static Optional<String> size(String value) {
        String expected = "a size such as 512KB, 32MB or 1GB";
        try {
            Optional<Number> bytes =
                    new ReadableBytesTypeConverter().convert(value.strip(), Number.class, ConversionContext.DEFAULT);
            if (bytes.isEmpty()) {
                return Optional.of("is not a size; expected " + expected);
            }
            return bytes.get().longValue() >= 1 ? Optional.empty() : Optional.of("is too small; expected " + expected);
        } catch (RuntimeException e) {
            return Optional.of("is not a size; expected " + expected);
        }
    }

    private static Check notBlank(String expected) {
        return value -> value.isBlank() ? Optional.of("is empty; expected " + expected) : Optional.empty();
    }

    private static Check path() {
        return value -> value.isBlank() || value.indexOf('\0') >= 0
                ? Optional.of("is not a path; expected a directory such as ./data or /var/lib/parley")
                : Optional.empty();
    }

    private static Optional<String> jdbcUrl(String value) {
        return value.startsWith("jdbc:postgresql://") && value.length() > "jdbc:postgresql://".length()
                ? Optional.empty()
                : Optional.of(
                        "is not a PostgreSQL JDBC URL; expected e.g. jdbc:postgresql://db.example.org:5432/parley");
    }

    private static Optional<String> redisUrl(String value) {
        return value.matches("rediss?://[^\\s]+|redis-socket://[^\\s]+")
                ? Optional.empty()
                : Optional.of("is not a Redis URL; expected e.g. redis://cache:6379 or rediss://cache:6380");
    }

    private static Optional<String> namespace(String value) {
        return value.isBlank() || value.chars().anyMatch(Character::isWhitespace)
                ? Optional.of("is not a namespace; expected a non-empty prefix without spaces, e.g. parley")
                : Optional.empty();
    }

    private static Check urls(String... schemes) {
        String expected = "comma-separated URLs starting with " + String.join(" or ", schemes) + ", e.g. " + schemes[0]
                + "host.example.org:3478";
        return value -> {
            for (String url : value.split(",", -1)) {
                String candidate = url.strip();
                boolean known = false;
                for (String scheme : schemes) {
                    known |= candidate.startsWith(scheme) && candidate.length() > scheme.length();
                }
                if (!known) {
                    return Optional.of("has '" + candidate + "', which is not such a URL; expected " + expected);
                }
            }
            return Optional.empty();
        };
    }

    private static Optional<String> rate(String value) {
        try {
            RateRule.parse("limit", value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a rate; expected <amount>/<period> such as 300/1m, 20/1h or 2GB/1d");
        }
    }

    private static Optional<String> addressRanges(String value) {
        for (String range : value.split(",", -1)) {
            if (!TrustedProxySettings.isRange(range.strip())) {
                return Optional.of("has '" + range.strip() + "', which is not an IP address or CIDR range; expected"
                        + " comma-separated addresses or ranges such as 10.0.0.0/8,::1");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> managementToken(String value) {
        return value.length() < 16
                ? Optional.of("is too short; expected a secret of at least 16 characters")
                : Optional.empty();
    }

    /** Argon2 needs at least 8 KiB of memory per lane. */
    private static Optional<String> argon2MemoryForItsLanes(Map<String, String> env) {
        String memory = env.getOrDefault("PARLEY_SECURITY_ARGON2_MEMORY_KIB", "19456");
        String lanes = env.getOrDefault("PARLEY_SECURITY_ARGON2_PARALLELISM", "1");
        try {
            long kib = Long.parseLong(memory.strip());
            long parallelism = Long.parseLong(lanes.strip());
            return kib < 8 || kib >= 8 * parallelism || parallelism < 1
                    ? Optional.empty()
                    : Optional.of(line(
                            "PARLEY_SECURITY_ARGON2_MEMORY_KIB",
                            memory,
                            false,
                            "is too small for " + parallelism + " lanes (PARLEY_SECURITY_ARGON2_PARALLELISM); expected"
                                    + " at least 8 KiB per lane: " + 8 * parallelism));
        } catch (NumberFormatException e) {
            // the value's own rule has said so already
            return Optional.empty();
        }
    }

    private static MutableConversionService conversions() {
        MutableConversionService service = MutableConversionService.create();
        new TimeConverterRegistrar().register(service);
        return service;
    }
}
