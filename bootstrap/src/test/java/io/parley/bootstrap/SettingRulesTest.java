package io.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every setting of the README's table is checked before the start, and a bad value is one line naming it. */
class SettingRulesTest {
    /** For each README variable: a value Parley must refuse, and one it must take. */
    private static final Map<String, List<String>> BAD_AND_GOOD = cases();
    /** Secrets any text can be: only the database or the TURN server can refuse them. */
    private static final Set<String> ANY_TEXT = Set.of("PARLEY_DB_PASSWORD", "PARLEY_CALLS_TURN_SECRET");

    @Test
    void everySettingOfTheReadmeTableHasARuleAndACaseHereAndNoRuleLacksARow() {
        List<String> readme = LaunchHelp.settingsTable().stream()
                .map(row -> row.get(0).replace("`", ""))
                .toList();
        assertThat(readme).isNotEmpty();
        assertThat(SettingRules.variables()).containsExactlyElementsOf(readme);
        Set<String> covered = new HashSet<>(BAD_AND_GOOD.keySet());
        covered.addAll(ANY_TEXT);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(readme);
    }

    @Test
    void aPasswordOrTurnSecretMayBeAnyTextAndIsNeverEchoed() {
        for (String variable : ANY_TEXT) {
            assertThat(SettingRules.rule(variable).secret()).isTrue();
            assertThat(SettingRules.problems(Map.of(variable, "x y 'z' \u00e9")))
                    .isEmpty();
        }
    }

    static Stream<Arguments> settings() {
        return BAD_AND_GOOD.entrySet().stream()
                .map(e -> Arguments.of(
                        e.getKey(), e.getValue().get(0), e.getValue().get(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void aBadValueIsOneLineNamingTheVariableAndTheExpectedFormAndAGoodOneIsTaken(
            String variable, String bad, String good) {
        List<String> problems = SettingRules.problems(Map.of(variable, bad));

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(variable)
                .contains("expected")
                .doesNotContain("\n");
        if (SettingRules.rule(variable).secret()) {
            assertThat(problems.get(0)).contains("(value hidden)").doesNotContain(bad);
        } else {
            assertThat(problems.get(0)).contains("'" + bad + "'");
        }
        assertThat(SettingRules.problems(Map.of(variable, good))).isEmpty();
    }

    @Test
    void theReadmeDefaultsPassTheirOwnRules() {
        Map<String, String> defaults = new HashMap<>();
        for (List<String> row : LaunchHelp.settingsTable()) {
            String value = row.get(1).replace("`", "");
            // "unset", "empty" and "<data dir>/media" are words, not values
            if (!value.equals("unset") && !value.equals("empty") && !value.startsWith("<")) {
                defaults.put(row.get(0).replace("`", ""), value);
            }
        }
        assertThat(defaults)
                .containsEntry("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "15m")
                .hasSizeGreaterThan(20);
        assertThat(SettingRules.problems(defaults)).isEmpty();
    }

    @Test
    void aMalformedTokenLifetimeIsNoLongerIgnored() {
        assertThat(SettingRules.problems(Map.of("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "banana")))
                .containsExactly("PARLEY_SECURITY_ACCESS_TOKEN_TTL='banana' is not a duration; expected a duration"
                        + " such as 500ms, 90s, 15m, 2h or 30d");
    }

    @Test
    void argon2MemoryMustCoverEightKibPerLane() {
        assertThat(SettingRules.problems(
                        Map.of("PARLEY_SECURITY_ARGON2_MEMORY_KIB", "16", "PARLEY_SECURITY_ARGON2_PARALLELISM", "4")))
                .singleElement()
                .asString()
                .startsWith("PARLEY_SECURITY_ARGON2_MEMORY_KIB='16' is too small for 4 lanes")
                .endsWith("32");
    }

    @Test
    void anEmptyValueOfASettingThatIsUnsetByDefaultMeansUnset() {
        assertThat(SettingRules.problems(Map.of("PARLEY_DB_URL", "", "PARLEY_REDIS_URL", " ", "PARLEY_JWT_SECRET", "")))
                .isEmpty();
        assertThat(SettingRules.problems(Map.of("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "")))
                .hasSize(1);
    }

    @Test
    void helpListsEverySettingWithItsDefaultAndVersionNamesTheBuild() {
        String help = LaunchHelp.help();
        for (String variable : SettingRules.variables()) {
            assertThat(help).contains(variable + "  (default: ");
        }
        assertThat(help).contains("PARLEY_SECURITY_ACCESS_TOKEN_TTL  (default: 15m)\n    Lifetime of an access token.");
        assertThat(LaunchHelp.version()).matches("Parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private static Map<String, List<String>> cases() {
        Map<String, List<String>> cases = new HashMap<>();
        cases.put("PARLEY_PORT", List.of("80800", "8081"));
        cases.put("PARLEY_DATA_DIR", List.of(" ", "/var/lib/parley"));
        cases.put("PARLEY_DB_URL", List.of("postgres://db/parley", "jdbc:postgresql://db.example.org:5432/parley"));
        cases.put("PARLEY_DB_USER", List.of(" ", "parley"));
        cases.put("PARLEY_DB_POOL_SIZE", List.of("0", "20"));
        cases.put("PARLEY_DB_ACQUIRE_TIMEOUT_MS", List.of("2s", "2000"));
        cases.put("PARLEY_DB_SOCKET_TIMEOUT_SECONDS", List.of("0", "5"));
        cases.put("PARLEY_EMBEDDED_DB_PORT", List.of("-1", "0"));
        cases.put("PARLEY_JWT_SECRET", List.of("too-short-secret", "a-secret-of-at-least-thirty-two-characters"));
        cases.put("PARLEY_SECURITY_ACCESS_TOKEN_TTL", List.of("banana", "10m"));
        cases.put("PARLEY_SECURITY_REFRESH_TOKEN_TTL", List.of("0s", "7d"));
        cases.put("PARLEY_SECURITY_ARGON2_MEMORY_KIB", List.of("lots", "65536"));
        cases.put("PARLEY_SECURITY_ARGON2_ITERATIONS", List.of("0", "3"));
        cases.put("PARLEY_SECURITY_ARGON2_PARALLELISM", List.of("1.5", "1"));
        cases.put("PARLEY_SECURITY_PURGE_INTERVAL", List.of("hourly", "30m"));
        cases.put("PARLEY_SECURITY_LOGIN_MAX_FAILURES", List.of("five", "10"));
        cases.put("PARLEY_SECURITY_LOGIN_FAILURE_WINDOW", List.of("-5m", "1h"));
        cases.put("PARLEY_MEDIA_ROOT", List.of("", "/srv/parley-media"));
        cases.put("PARLEY_MEDIA_MAX_FILE_SIZE", List.of("32 megabytes", "64MB"));
        cases.put("PARLEY_REDIS_URL", List.of("cache:6379", "redis://cache:6379"));
        cases.put("PARLEY_REDIS_NAMESPACE", List.of("my parley", "parley-eu"));
        cases.put("PARLEY_REDIS_PRESENCE_TTL", List.of("45", "60s"));
        cases.put("PARLEY_REDIS_COMMAND_TIMEOUT", List.of("soon", "1s"));
        cases.put("PARLEY_WEBSOCKET_PING_INTERVAL", List.of("often", "20s"));
        cases.put("PARLEY_WEBSOCKET_IDLE_TIMEOUT", List.of("0s", "90s"));
        cases.put("PARLEY_WEBSOCKET_OUTBOUND_LIMIT", List.of("4MB", "1048576"));
        cases.put("PARLEY_WEBSOCKET_TYPING_EXPIRY", List.of("6 s", "5s"));
        cases.put("PARLEY_WEBSOCKET_WRITER_THREADS", List.of("0", "4"));
        cases.put("PARLEY_WEBSOCKET_CLOSE_TIMEOUT", List.of("-1s", "0s"));
        cases.put("PARLEY_SEARCH_MAX_QUERY_LENGTH", List.of("0", "100"));
        cases.put("PARLEY_SEARCH_MAX_PAGE_SIZE", List.of("lots", "20"));
        cases.put("PARLEY_CALLS_STUN_URLS", List.of("stun.example.org:3478", "stun:stun.example.org:3478"));
        cases.put(
                "PARLEY_CALLS_TURN_URLS",
                List.of(
                        "turn:turn.example.org:3478,http://turn",
                        "turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349"));
        cases.put("PARLEY_CALLS_CREDENTIAL_TTL", List.of("1 hour", "2h"));
        cases.put("PARLEY_CALLS_SESSION_EXPIRY", List.of("0ms", "30s"));
        cases.put("PARLEY_MANAGEMENT_TOKEN", List.of("tiny", "an-operator-token-of-some-length"));
        cases.put("PARLEY_SECURITY_HASHING_CONCURRENCY", List.of("0", "4"));
        cases.put("PARLEY_SECURITY_HASHING_WAIT", List.of("soon", "250ms"));
        cases.put("PARLEY_TRUSTED_PROXIES", List.of("10.0.0.0/8,proxy.local", "10.0.0.0/8,::1"));
        cases.put("PARLEY_LIMITS_REGISTER_PER_ADDRESS", List.of("60 per hour", "30/1h"));
        cases.put("PARLEY_LIMITS_LOGIN_PER_ADDRESS", List.of("100", "200/5m"));
        cases.put("PARLEY_LIMITS_SEND_PER_USER", List.of("/1m", "600/1m"));
        cases.put("PARLEY_LIMITS_TYPING_PER_USER", List.of("120/1 minute", "60/1m"));
        cases.put("PARLEY_LIMITS_UPLOADS_PER_USER", List.of("many/1d", "500/1d"));
        cases.put("PARLEY_LIMITS_UPLOAD_BYTES_PER_USER", List.of("2 GB a day", "1GB/1d"));
        cases.put("PARLEY_LIMITS_SOCKET_OPENS_PER_USER", List.of("60/", "30/1m"));
        cases.put("PARLEY_LIMITS_OPEN_SOCKETS_PER_USER", List.of("0", "20"));
        cases.put("PARLEY_LIMITS_SESSIONS_PER_USER", List.of("-3", "10"));
        cases.put("PARLEY_LIMITS_REACTION_KINDS_PER_MESSAGE", List.of("0", "50"));
        cases.put("PARLEY_LIMITS_REACTIONS_PER_USER_PER_MESSAGE", List.of("-1", "20"));
        cases.put("PARLEY_LIMITS_MENTIONS_PER_MESSAGE", List.of("0", "20"));
        cases.put("PARLEY_LIMITS_PINS_PER_CHAT", List.of("many", "10"));
        cases.put("PARLEY_LIMITS_SOCKET_REFUSALS_BEFORE_CLOSE", List.of("twenty", "10"));
        cases.put("PARLEY_SHUTDOWN_GRACE", List.of("20", "30s"));
        cases.put("PARLEY_SEND_BATCH_LANES", List.of("0", "8"));
        cases.put("PARLEY_SEND_BATCH_SIZE", List.of("0", "128"));
        cases.put("PARLEY_SEND_BATCH_WINDOW", List.of("1s", "2ms"));
        cases.put("PARLEY_SEND_BATCH_QUEUE", List.of("-1", "5000"));
        return cases;
    }
}
