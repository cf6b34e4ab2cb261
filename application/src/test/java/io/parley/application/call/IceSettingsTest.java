package io.parley.application.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceSettingsTest {

    @Test
    void blankEntriesAndBlankSecretsCountAsUnset() {
        IceSettings settings =
                new IceSettings(List.of(""), List.of(" turn:t.example:3478 ", ""), " ", Duration.ofHours(1));

        assertThat(settings.stunUrls()).isEmpty();
        assertThat(settings.turnUrls()).containsExactly("turn:t.example:3478");
        assertThat(settings.turnSecret()).isNull();
    }

    @Test
    void aUrlOfTheWrongSchemeOrANonPositiveLifetimeStopsTheStart() {
        assertThatThrownBy(() -> new IceSettings(List.of("stun.example.org:3478"), null, null, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stun:");
        assertThatThrownBy(() -> new IceSettings(null, List.of("stun:s.example"), null, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("turn:");
        assertThatThrownBy(() -> new IceSettings(null, null, "secret", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mintedCredentialsAreTheBase64HmacSha1OfExpiryAndUser() {
        // RFC 2202 test case 2: HMAC-SHA1("Jefe", "what do ya want for nothing?")
        assertThat(GetIceServersService.hmacSha1("Jefe", "what do ya want for nothing?"))
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")));
    }
}
