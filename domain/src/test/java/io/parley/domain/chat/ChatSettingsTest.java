package io.parley.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChatSettingsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final UserId ALICE = UserId.of(1);
    private static final UserId BOB = UserId.of(2);

    @Test
    void muteUntilAPastInstantIsRefused() {
        assertThatThrownBy(() -> Mute.until(NOW, NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo("chat_settings.mute_in_past");
        });
        assertThatThrownBy(() -> Mute.until(NOW.minusSeconds(1), NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aMuteHoldsUntilItsInstantAndForeverHoldsAlways() {
        Mute hour = Mute.until(NOW.plusSeconds(3600), NOW);
        assertThat(hour.activeAt(NOW)).isTrue();
        assertThat(hour.activeAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(hour.asOf(NOW.plusSeconds(3601))).isEqualTo(Mute.NONE);
        assertThat(Mute.indefinitely().activeAt(Instant.MAX)).isTrue();
        assertThat(Mute.NONE.activeAt(NOW)).isFalse();
    }

    @Test
    void anArchivedChatComesBackOnAMessageOfSomeoneElse() {
        ChatSettings archived = ChatSettings.DEFAULT.archived(true);
        assertThat(archived.afterMessage(ALICE, BOB, NOW).archived()).isFalse();
    }

    @Test
    void anArchivedChatStaysArchivedOnTheMembersOwnMessage() {
        ChatSettings archived = ChatSettings.DEFAULT.archived(true);
        assertThat(archived.afterMessage(ALICE, ALICE, NOW).archived()).isTrue();
    }

    @Test
    void anArchivedMutedChatStaysArchivedUntilTheMuteRunsOut() {
        ChatSettings quiet = ChatSettings.DEFAULT.archived(true).muted(Mute.until(NOW.plusSeconds(60), NOW));
        assertThat(quiet.afterMessage(ALICE, BOB, NOW).archived()).isTrue();
        assertThat(quiet.afterMessage(ALICE, BOB, NOW.plusSeconds(61)).archived())
                .isFalse();
        ChatSettings forever = ChatSettings.DEFAULT.archived(true).muted(Mute.indefinitely());
        assertThat(forever.afterMessage(ALICE, BOB, NOW.plusSeconds(1_000_000)).archived())
                .isTrue();
    }
}
