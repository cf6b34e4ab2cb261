package io.parley.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFreshTokenIsValidUntilItExpires() {
        RefreshToken token = RefreshToken.issue("d", SessionId.random(), UserId.of(1), NOW, Duration.ofDays(30));
        assertThat(token.present(NOW.plus(Duration.ofDays(29)))).isEqualTo(RefreshToken.Presentation.VALID);
        assertThat(token.present(NOW.plus(Duration.ofDays(30)))).isEqualTo(RefreshToken.Presentation.EXPIRED);
    }

    @Test
    void aUsedTokenShownAgainIsReuseEvenAfterExpiry() {
        RefreshToken used = RefreshToken.rehydrate(
                "d", SessionId.random(), UserId.of(1), NOW, NOW.plus(Duration.ofDays(1)), NOW.plusSeconds(5));
        assertThat(used.present(NOW.plusSeconds(10))).isEqualTo(RefreshToken.Presentation.REUSED);
        assertThat(used.present(NOW.plus(Duration.ofDays(2)))).isEqualTo(RefreshToken.Presentation.REUSED);
    }
}
