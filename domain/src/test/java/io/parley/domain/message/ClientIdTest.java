package io.parley.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientIdTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aUuidIsAValidClientId() {
        String uuid = UUID.randomUUID().toString();
        assertThat(ClientId.ofNullable(uuid).value()).isEqualTo(uuid);
    }

    @Test
    void missingClientIdIsNull() {
        assertThat(ClientId.ofNullable(null)).isNull();
    }

    @Test
    void clientIdIsAtMost64Characters() {
        assertThat(new ClientId("k".repeat(64)).value()).hasSize(64);
        assertRefused("k".repeat(65));
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        assertThat(new ClientId(EMOJI.repeat(64)).value()).isEqualTo(EMOJI.repeat(64));
        assertRefused(EMOJI.repeat(65));
    }

    @Test
    void blankClientIdIsRefused() {
        assertRefused("");
        assertRefused("   ");
    }

    @Test
    void controlCharactersAreRefusedLineBreaksIncluded() {
        assertRefused("key\u0000");
        assertRefused("key\n");
        assertRefused("key\tkey");
    }

    private static void assertRefused(String raw) {
        assertThatThrownBy(() -> ClientId.ofNullable(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("message.invalid_client_id");
        });
    }
}
