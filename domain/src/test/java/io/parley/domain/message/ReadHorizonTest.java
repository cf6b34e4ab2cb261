package io.parley.domain.message;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static io.parley.domain.testdata.People.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.message.ReadHorizon.ReadPointer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadHorizonTest {

    @Test
    void inAPrivateChatAMessageIsReadOnceTheOtherMemberReadIt() {
        ReadHorizon horizon = ReadHorizon.of(List.of(new ReadPointer(ALICE, 5), new ReadPointer(BOB, 3)));

        assertThat(horizon.readByEveryoneElse(ALICE, 3)).isTrue();
        assertThat(horizon.readByEveryoneElse(ALICE, 4)).isFalse();
        assertThat(horizon.readByEveryoneElse(BOB, 5)).isTrue();
        assertThat(horizon.readByEveryoneElse(BOB, 6)).isFalse();
    }

    @Test
    void inAGroupAMessageIsReadOnceTheSlowestOtherMemberReadIt() {
        ReadHorizon horizon = ReadHorizon.of(List.of(
                new ReadPointer(ALICE, 10),
                new ReadPointer(BOB, 4),
                new ReadPointer(CAROL, 7),
                new ReadPointer(DAVE, 9)));

        assertThat(horizon.readByEveryoneElse(ALICE, 4)).isTrue();
        assertThat(horizon.readByEveryoneElse(ALICE, 5)).isFalse();
        assertThat(horizon.readByEveryoneElse(CAROL, 4)).isTrue();
        assertThat(horizon.readByEveryoneElse(CAROL, 5)).isFalse();
    }

    @Test
    void whenTheAuthorIsTheLowestReaderTheNextLowestDecides() {
        ReadHorizon horizon =
                ReadHorizon.of(List.of(new ReadPointer(ALICE, 10), new ReadPointer(BOB, 4), new ReadPointer(CAROL, 7)));

        assertThat(horizon.readByEveryoneElse(BOB, 7)).isTrue();
        assertThat(horizon.readByEveryoneElse(BOB, 8)).isFalse();
    }

    @Test
    void tiedLowestPointersStillCountTheOtherMember() {
        ReadHorizon horizon =
                ReadHorizon.of(List.of(new ReadPointer(ALICE, 2), new ReadPointer(BOB, 2), new ReadPointer(CAROL, 9)));

        assertThat(horizon.readByEveryoneElse(ALICE, 2)).isTrue();
        assertThat(horizon.readByEveryoneElse(ALICE, 3)).isFalse();
    }

    @Test
    void keepsOnlyTheTwoLowestPointers() {
        ReadHorizon horizon =
                ReadHorizon.of(List.of(new ReadPointer(ALICE, 10), new ReadPointer(BOB, 4), new ReadPointer(CAROL, 7)));
        assertThat(horizon.lowest()).containsExactly(new ReadPointer(BOB, 4), new ReadPointer(CAROL, 7));
    }

    @Test
    void withNobodyElseInTheConversationNothingIsRead() {
        assertThat(ReadHorizon.of(List.of(new ReadPointer(ALICE, 8))).readByEveryoneElse(ALICE, 1))
                .isFalse();
        assertThat(ReadHorizon.of(List.of()).readByEveryoneElse(ALICE, 1)).isFalse();
    }
}
