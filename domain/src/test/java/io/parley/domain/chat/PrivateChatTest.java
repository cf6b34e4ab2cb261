package io.parley.domain.chat;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrivateChatTest {
    private static final ChatId ID = ChatId.of(7);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void chatWithOneselfIsRefused() {
        assertThatThrownBy(() -> PrivateChat.start(ID, ALICE, ALICE, NOW))
                .isInstanceOfSatisfying(ChatWithSelfException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("chat.with_self");
                });
        assertThatThrownBy(() -> PrivateChat.rehydrate(ID, BOB, BOB, NOW)).isInstanceOf(ChatWithSelfException.class);
    }

    @Test
    void pairPutsTheSmallerIdFirstWhoeverOpened() {
        assertThat(PrivateChat.start(ID, CAROL, ALICE, NOW).pair()).containsExactly(ALICE, CAROL);
        assertThat(PrivateChat.start(ID, ALICE, CAROL, NOW).pair()).containsExactly(ALICE, CAROL);
    }

    @Test
    void otherThanNamesTheOtherMember() {
        PrivateChat chat = PrivateChat.start(ID, BOB, ALICE, NOW);
        assertThat(chat.otherThan(ALICE)).isEqualTo(BOB);
        assertThat(chat.otherThan(BOB)).isEqualTo(ALICE);
    }

    @Test
    void otherThanRefusesAnOutsider() {
        PrivateChat chat = PrivateChat.start(ID, BOB, ALICE, NOW);
        assertThatThrownBy(() -> chat.otherThan(CAROL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyThePairAreMembers() {
        PrivateChat chat = PrivateChat.start(ID, ALICE, BOB, NOW);
        assertThat(chat.hasMember(ALICE)).isTrue();
        assertThat(chat.hasMember(BOB)).isTrue();
        assertThat(chat.hasMember(CAROL)).isFalse();
        assertThat(chat.createdAt()).isEqualTo(NOW);
        assertThat(chat.id()).isEqualTo(ID);
    }

    @Test
    void notFoundLooksTheSameForMissingAndForeignChatsButNamesTheAddressedKind() {
        ChatNotFoundException chat = ChatAddress.privateChat(5).notFound();
        ChatNotFoundException group = ChatAddress.group(5).notFound();
        assertThat(chat.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(chat.code()).isEqualTo("chat.not_found");
        assertThat(group.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(group.code()).isEqualTo("group.not_found");
    }

    @Test
    void chatIdsArePositive() {
        assertThatThrownBy(() -> ChatId.of(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ChatId.of(-1)).isInstanceOf(DomainException.class);
    }
}
