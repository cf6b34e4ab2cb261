package io.parley.domain.reaction;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.message.MessageId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageReactionsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Emoji THUMBS = new Emoji("\uD83D\uDC4D");
    private static final Emoji HEART = new Emoji("\u2764\uFE0F");
    private static final Emoji FIRE = new Emoji("\uD83D\uDD25");
    private static final ReactionLimits LIMITS = new ReactionLimits(2, 2);

    private final MessageReactions onlyAlicesThumb =
            MessageReactions.rehydrate(MessageId.of(5), List.of(new Reaction(ALICE, THUMBS, NOW)));

    @Test
    void oneReactionPerEmojiPerUser() {
        assertThat(onlyAlicesThumb.add(ALICE, THUMBS, NOW, LIMITS)).isEmpty();
        assertThat(onlyAlicesThumb.add(BOB, THUMBS, NOW, LIMITS)).contains(new Reaction(BOB, THUMBS, NOW));
    }

    @Test
    void aNewEmojiBeyondTheMessagesLimitIsRefusedButAnExistingOneMayBeJoined() {
        MessageReactions full = MessageReactions.rehydrate(
                MessageId.of(5), List.of(new Reaction(ALICE, THUMBS, NOW), new Reaction(ALICE, HEART, NOW)));
        assertThatThrownBy(() -> full.add(BOB, FIRE, NOW, LIMITS))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("reaction.too_many_kinds"));
        assertThat(full.add(BOB, HEART, NOW, LIMITS)).isPresent();
    }

    @Test
    void aUserBeyondTheirOwnLimitIsRefused() {
        MessageReactions alicesTwo = MessageReactions.rehydrate(
                MessageId.of(5), List.of(new Reaction(ALICE, THUMBS, NOW), new Reaction(ALICE, HEART, NOW)));
        assertThatThrownBy(() -> alicesTwo.add(ALICE, FIRE, NOW, new ReactionLimits(10, 2)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("reaction.too_many_of_yours"));
    }

    @Test
    void removingTellsWhetherTheUserHadGivenIt() {
        assertThat(onlyAlicesThumb.has(ALICE, THUMBS)).isTrue();
        assertThat(onlyAlicesThumb.has(BOB, THUMBS)).isFalse();
    }
}
