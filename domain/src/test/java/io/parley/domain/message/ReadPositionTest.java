package io.parley.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadPositionTest {

    @Test
    void markingUnreadMovesOnlyTheOwnPointerToJustBeforeTheMessage() {
        ReadPosition unread = ReadPosition.readUpTo(5).markUnreadFrom(3);

        assertThat(unread).isEqualTo(new ReadPosition(5, 2));
        assertThat(unread.markedUnread()).isTrue();
    }

    @Test
    void markingAnAlreadyUnreadMessageUnreadReadsNothing() {
        ReadPosition position = ReadPosition.readUpTo(2);

        assertThat(position.markUnreadFrom(4)).isEqualTo(position);
        assertThat(position.markUnreadFrom(1)).isEqualTo(new ReadPosition(2, 0));
    }

    @Test
    void readingAfterMarkingUnreadMovesTheOwnPointerForwardAndKeepsTheReceipt() {
        ReadPosition unread = ReadPosition.readUpTo(5).markUnreadFrom(2);

        assertThat(unread.readTo(3)).isEqualTo(new ReadPosition(5, 3));
        assertThat(unread.readTo(5).markedUnread()).isFalse();
        assertThat(unread.readTo(7)).isEqualTo(ReadPosition.readUpTo(7));
    }

    @Test
    void readingAnOlderMessageMovesNothingBack() {
        assertThat(ReadPosition.readUpTo(5).readTo(3)).isEqualTo(ReadPosition.readUpTo(5));
    }

    @Test
    void theOwnPointerNeverPassesTheReceipt() {
        assertThatThrownBy(() -> new ReadPosition(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadPosition.readUpTo(2).markUnreadFrom(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
