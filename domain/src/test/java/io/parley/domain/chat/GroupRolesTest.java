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
import org.junit.jupiter.api.Test;

class GroupRolesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** Alice owns it, Bob is an admin, Carol and Dave are members. */
    private final Group team =
            aGroup().ownedBy(ALICE).with(BOB, CAROL, DAVE).build(ChatId.of(10)).appointAdmin(ALICE, BOB);

    @Test
    void theOwnerAppointsAndDismissesAdmins() {
        assertThat(team.admins()).containsExactly(BOB);
        assertThat(team.roleOf(BOB)).isEqualTo(MemberRole.ADMIN);
        Group dismissed = team.dismissAdmin(ALICE, BOB);
        assertThat(dismissed.admins()).isEmpty();
        assertThat(dismissed.roleOf(BOB)).isEqualTo(MemberRole.MEMBER);
        assertThat(team.appointAdmin(ALICE, BOB).admins()).containsExactly(BOB);
        assertThat(team.dismissAdmin(ALICE, CAROL).admins()).containsExactly(BOB);
    }

    @Test
    void onlyTheOwnerChangesRolesAndTheOwnersRoleIsFixed() {
        assertForbidden(() -> team.appointAdmin(BOB, CAROL));
        assertForbidden(() -> team.dismissAdmin(CAROL, BOB));
        assertThatThrownBy(() -> team.appointAdmin(ALICE, ALICE)).isInstanceOf(OwnerRoleFixedException.class);
        assertThatThrownBy(() -> team.dismissAdmin(ALICE, ALICE)).isInstanceOf(OwnerRoleFixedException.class);
        assertThatThrownBy(() -> team.appointAdmin(ALICE, ERIN)).isInstanceOf(NotGroupMemberException.class);
        assertThatThrownBy(() -> team.appointAdmin(ERIN, CAROL)).isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void adminsRenameAddAndRemoveMembersButNotAdminsOrTheOwner() {
        assertThat(team.changeDetails(BOB, GroupName.of("Renamed"), null).name().value())
                .isEqualTo("Renamed");
        assertThat(team.addMembers(BOB, List.of(ERIN), NOW).memberIds()).contains(ERIN);
        assertThat(team.removeMembers(BOB, List.of(CAROL)).memberIds()).doesNotContain(CAROL);
        Group twoAdmins = team.appointAdmin(ALICE, CAROL);
        assertForbidden(() -> twoAdmins.removeMembers(BOB, List.of(CAROL)));
        assertThatThrownBy(() -> team.removeMembers(BOB, List.of(ALICE)))
                .isInstanceOf(OwnerNotRemovableException.class);
        assertThat(team.removeMembers(ALICE, List.of(BOB)).memberIds()).doesNotContain(BOB);
        team.checkPictureChangeableBy(BOB);
        team.checkModeratedBy(BOB);
    }

    @Test
    void plainMembersModerateNothingAndOnlyTheOwnerDeletes() {
        assertForbidden(() -> team.changeDetails(CAROL, GroupName.of("x"), null));
        assertForbidden(() -> team.addMembers(CAROL, List.of(ERIN), NOW));
        assertForbidden(() -> team.removeMembers(CAROL, List.of(DAVE)));
        assertForbidden(() -> team.checkModeratedBy(CAROL));
        assertForbidden(() -> team.checkDeletableBy(BOB));
        assertForbidden(() -> team.transferOwnership(BOB, CAROL));
        assertThatThrownBy(() -> team.checkModeratedBy(ERIN)).isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void aTransferKeepsTheAdminsAndTheFormerOwnerBecomesAMember() {
        Group handed = team.transferOwnership(ALICE, CAROL);
        assertThat(handed.owner()).isEqualTo(CAROL);
        assertThat(handed.admins()).containsExactly(BOB);
        assertThat(handed.roleOf(ALICE)).isEqualTo(MemberRole.MEMBER);
        Group toTheAdmin = team.transferOwnership(ALICE, BOB);
        assertThat(toTheAdmin.owner()).isEqualTo(BOB);
        assertThat(toTheAdmin.admins()).isEmpty();
    }

    @Test
    void theOneModerationRuleIsOwnerOrAdmin() {
        assertThat(MemberRole.OWNER.moderates()).isTrue();
        assertThat(MemberRole.ADMIN.moderates()).isTrue();
        assertThat(MemberRole.MEMBER.moderates()).isFalse();
        assertThat(new Membership(ChatId.of(1), ChatKind.GROUP, BOB, MemberRole.ADMIN).moderates())
                .isTrue();
        assertThat(new Membership(ChatId.of(1), ChatKind.PRIVATE, BOB, MemberRole.MEMBER).moderates())
                .isFalse();
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(io.parley.domain.DomainException.class)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.FORBIDDEN)
                .hasFieldOrPropertyWithValue("code", "group.not_owner");
    }
}
