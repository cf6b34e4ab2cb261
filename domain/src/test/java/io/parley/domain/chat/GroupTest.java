package io.parley.domain.chat;

import static io.parley.domain.testdata.GroupBuilder.aGroup;
import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static io.parley.domain.testdata.People.DAVE;
import static io.parley.domain.testdata.People.ERIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.ErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GroupTest {
    private static final ChatId ID = ChatId.of(10);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final Group team = aGroup().ownedBy(ALICE)
            .with(BOB, CAROL)
            .named("Team")
            .describedAs("about")
            .build(ID);

    @Test
    void startMakesTheCreatorOwnerAndTheInviteesMembersOnce() {
        Group group = Group.start(
                ID, ALICE, GroupName.of("Team"), GroupDescription.EMPTY, List.of(CAROL, BOB, CAROL, ALICE), NOW);

        assertThat(group.owner()).isEqualTo(ALICE);
        assertThat(group.memberIds()).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
        assertThat(group.members())
                .filteredOn(m -> m.role() == MemberRole.OWNER)
                .extracting(Member::user)
                .containsExactly(ALICE);
        assertThat(group.members()).allSatisfy(m -> assertThat(m.joinedAt()).isEqualTo(NOW));
        assertThat(group.createdAt()).isEqualTo(NOW);
    }

    @Test
    void startWithoutInviteesLeavesTheCreatorAlone() {
        Group group = Group.start(ID, ALICE, GroupName.of("Solo"), GroupDescription.EMPTY, List.of(), NOW);
        assertThat(group.memberIds()).containsExactly(ALICE);
        assertThat(group.owner()).isEqualTo(ALICE);
    }

    @Test
    void membersAreListedLongestStandingFirstWhateverTheStoredOrder() {
        Group group = Group.rehydrate(
                ID,
                GroupName.of("Team"),
                GroupDescription.EMPTY,
                List.of(
                        new Member(DAVE, MemberRole.MEMBER, NOW.plusSeconds(2)),
                        new Member(CAROL, MemberRole.MEMBER, NOW.plusSeconds(1)),
                        new Member(BOB, MemberRole.MEMBER, NOW.plusSeconds(1)),
                        new Member(ALICE, MemberRole.OWNER, NOW)),
                NOW);
        assertThat(group.memberIds()).containsExactly(ALICE, BOB, CAROL, DAVE);
    }

    @Test
    void aGroupMustHaveExactlyOneOwner() {
        assertThatThrownBy(() -> Group.rehydrate(
                        ID,
                        GroupName.of("Team"),
                        GroupDescription.EMPTY,
                        List.of(new Member(ALICE, MemberRole.MEMBER, NOW)),
                        NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Group.rehydrate(
                        ID,
                        GroupName.of("Team"),
                        GroupDescription.EMPTY,
                        List.of(new Member(ALICE, MemberRole.OWNER, NOW), new Member(BOB, MemberRole.OWNER, NOW)),
                        NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ownerChangesNameAndDescriptionAndNullKeepsAValue() {
        Group renamed = team.changeDetails(ALICE, GroupName.of("Crew"), null);
        assertThat(renamed.name().value()).isEqualTo("Crew");
        assertThat(renamed.description().value()).isEqualTo("about");
        assertThat(renamed.memberIds()).isEqualTo(team.memberIds());

        Group described = team.changeDetails(ALICE, null, GroupDescription.of("new"));
        assertThat(described.name().value()).isEqualTo("Team");
        assertThat(described.description().value()).isEqualTo("new");
    }

    @Test
    void nonOwnerCannotChangeDetails() {
        assertNotOwner(() -> team.changeDetails(BOB, GroupName.of("Mine"), null));
    }

    @Test
    void nonOwnerCannotAddMembers() {
        assertNotOwner(() -> team.addMembers(BOB, List.of(DAVE), NOW));
    }

    @Test
    void nonOwnerCannotRemoveMembers() {
        assertNotOwner(() -> team.removeMembers(BOB, List.of(CAROL)));
    }

    @Test
    void nonOwnerCannotTransferOwnership() {
        assertNotOwner(() -> team.transferOwnership(BOB, BOB));
    }

    @Test
    void nonOwnerCannotDeleteTheGroup() {
        assertNotOwner(() -> team.checkDeletableBy(CAROL));
    }

    @Test
    void ownerMayDeleteTheGroup() {
        team.checkDeletableBy(ALICE);
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExistWhateverTheyTry() {
        assertNotFound(() -> team.changeDetails(DAVE, GroupName.of("Mine"), null));
        assertNotFound(() -> team.addMembers(DAVE, List.of(ERIN), NOW));
        assertNotFound(() -> team.removeMembers(DAVE, List.of(BOB)));
        assertNotFound(() -> team.transferOwnership(DAVE, BOB));
        assertNotFound(() -> team.leave(DAVE));
        assertNotFound(() -> team.checkDeletableBy(DAVE));
    }

    @Test
    void ownerAddsNewMembersOnceEachJoiningNow() {
        Group grown = team.addMembers(ALICE, List.of(ERIN, DAVE, ERIN), LATER);

        assertThat(grown.memberIds())
                .hasSize(5)
                .containsSubsequence(ALICE, BOB, CAROL)
                .contains(DAVE, ERIN);
        assertThat(grown.members())
                .filteredOn(m -> m.user().equals(DAVE) || m.user().equals(ERIN))
                .allSatisfy(m -> {
                    assertThat(m.role()).isEqualTo(MemberRole.MEMBER);
                    assertThat(m.joinedAt()).isEqualTo(LATER);
                });
        assertThat(grown.owner()).isEqualTo(ALICE);
    }

    @Test
    void addingAnExistingMemberIsAConflictAndAddsNobody() {
        assertThatThrownBy(() -> team.addMembers(ALICE, List.of(DAVE, BOB), NOW))
                .isInstanceOfSatisfying(AlreadyGroupMemberException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("group.already_member");
                    assertThat(e.getMessage()).contains("2").doesNotContain("4");
                });
        assertThat(team.memberIds()).containsExactly(ALICE, BOB, CAROL);
    }

    @Test
    void addingTheOwnerIsAConflict() {
        assertThatThrownBy(() -> team.addMembers(ALICE, List.of(ALICE), NOW))
                .isInstanceOf(AlreadyGroupMemberException.class);
    }

    @Test
    void ownerRemovesMembers() {
        Group shrunk = team.removeMembers(ALICE, List.of(CAROL, CAROL));
        assertThat(shrunk.memberIds()).containsExactly(ALICE, BOB);
        assertThat(shrunk.hasMember(CAROL)).isFalse();
    }

    @Test
    void removingANonMemberIsAConflictAndRemovesNobody() {
        assertThatThrownBy(() -> team.removeMembers(ALICE, List.of(BOB, DAVE)))
                .isInstanceOfSatisfying(NotGroupMemberException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("group.not_member");
                });
        assertThat(team.memberIds()).containsExactly(ALICE, BOB, CAROL);
    }

    @Test
    void ownerCannotBeRemoved() {
        assertThatThrownBy(() -> team.removeMembers(ALICE, List.of(BOB, ALICE)))
                .isInstanceOfSatisfying(OwnerNotRemovableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("group.owner_not_removable");
                });
    }

    @Test
    void memberLeavingKeepsTheOwner() {
        Group rest = team.leave(BOB).orElseThrow();
        assertThat(rest.memberIds()).containsExactly(ALICE, CAROL);
        assertThat(rest.owner()).isEqualTo(ALICE);
    }

    @Test
    void ownerLeavingPassesOwnershipToTheLongestStandingMember() {
        // CAROL joined before BOB although BOB's id is smaller
        Group group = aGroup().ownedBy(ALICE).with(CAROL, BOB).build(ID);

        Group rest = group.leave(ALICE).orElseThrow();

        assertThat(rest.owner()).isEqualTo(CAROL);
        assertThat(rest.memberIds()).containsExactly(CAROL, BOB);
        assertThat(rest.members()).filteredOn(m -> m.role() == MemberRole.OWNER).hasSize(1);
    }

    @Test
    void ownerLeavingPassesOwnershipToTheSmallerIdAmongMembersWhoJoinedTogether() {
        Group group = Group.rehydrate(
                ID,
                GroupName.of("Team"),
                GroupDescription.EMPTY,
                List.of(
                        new Member(DAVE, MemberRole.OWNER, NOW),
                        new Member(CAROL, MemberRole.MEMBER, LATER),
                        new Member(BOB, MemberRole.MEMBER, LATER)),
                NOW);

        assertThat(group.leave(DAVE).orElseThrow().owner()).isEqualTo(BOB);
    }

    @Test
    void heirKeepsTheTimeTheyJoined() {
        Group rest = team.leave(ALICE).orElseThrow();
        Member heir = rest.members().get(0);
        assertThat(heir.user()).isEqualTo(BOB);
        assertThat(heir.joinedAt()).isEqualTo(team.members().get(1).joinedAt());
    }

    @Test
    void lastMemberLeavingEndsTheGroup() {
        Group solo = aGroup().ownedBy(ALICE).build(ID);
        assertThat(solo.leave(ALICE)).isEqualTo(Optional.empty());
    }

    @Test
    void ownerHandsTheGroupToAMemberAndStaysAsMember() {
        Group handed = team.transferOwnership(ALICE, CAROL);

        assertThat(handed.owner()).isEqualTo(CAROL);
        assertThat(handed.hasMember(ALICE)).isTrue();
        assertThat(handed.members())
                .filteredOn(m -> m.user().equals(ALICE))
                .extracting(Member::role)
                .containsExactly(MemberRole.MEMBER);
        assertThat(handed.memberIds()).isEqualTo(team.memberIds());
    }

    @Test
    void transferToANonMemberIsRefused() {
        assertThatThrownBy(() -> team.transferOwnership(ALICE, DAVE))
                .isInstanceOfSatisfying(
                        NotGroupMemberException.class, e -> assertThat(e.code()).isEqualTo("group.not_member"));
        assertThat(team.owner()).isEqualTo(ALICE);
    }

    private static void assertNotOwner(ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOfSatisfying(NotGroupOwnerException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
            assertThat(e.code()).isEqualTo("group.not_owner");
        });
    }

    private static void assertNotFound(ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ChatNotFoundException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
            assertThat(e.code()).isEqualTo("group.not_found");
        });
    }
}
