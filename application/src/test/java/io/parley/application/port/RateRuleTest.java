package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateRuleTest {
    @Test
    void readsAmountsWithUnitsAndPeriods() {
        assertThat(RateRule.parse("send", "300/1m")).isEqualTo(new RateRule("send", 300, Duration.ofMinutes(1)));
        assertThat(RateRule.parse("bytes", "2GB/1d"))
                .isEqualTo(new RateRule("bytes", 2L * 1024 * 1024 * 1024, Duration.ofDays(1)));
        assertThat(RateRule.parse("fast", "5/250ms")).isEqualTo(new RateRule("fast", 5, Duration.ofMillis(250)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "60/", "/1m", "60/m", "60/1w", "x/1m", "99999999999999999999/1m", "9999999999GB/1d", "0/1m"})
    void refusesAnythingElseWithAnIllegalArgumentNamingTheSetting(String setting) {
        assertThatThrownBy(() -> RateRule.parse("send-per-user", setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("send-per-user");
    }
}
