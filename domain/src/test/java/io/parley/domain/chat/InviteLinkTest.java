package io.parley.domain.chat;

import static io.parley.domain.testdata.GroupBuilder.aGroup;
import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.testdata.People;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InviteLinkTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final InviteToken TOKEN = new InviteToken("a".repeat(43));
    private final Group team =
            aGroup().ownedBy(ALICE).with(BOB, CAROL).build(ChatId.of(10)).appointAdmin(ALICE, BOB);

    @Test
    void ownerAndAdminsCreateLinksPlainMembersDoNot() {
        assertThat(InviteLink.create(1, team, ALICE, TOKEN, NOW, null, null).usableAt(NOW))
                .isTrue();
        assertThat(InviteLink.create(1, team, BOB, TOKEN, NOW, null, 5).createdBy())
                .isEqualTo(BOB);
        assertThatThrownBy(() -> InviteLink.create(1, team, CAROL, TOKEN, NOW, null, null))
                .isInstanceOf(NotGroupOwnerException.class);
    }

    @Test
    void aLinkAdmitsUntilItsUsesRunOutItExpiresOrIsRevoked() {
        InviteLink twice = InviteLink.create(1, team, ALICE, TOKEN, NOW, null, 2);
        InviteLink spent = twice.redeem(NOW).redeem(NOW);
        assertThat(spent.uses()).isEqualTo(2);
        assertThatThrownBy(() -> spent.redeem(NOW)).hasFieldOrPropertyWithValue("code", "invite.used_up");

        InviteLink hour = InviteLink.create(1, team, ALICE, TOKEN, NOW, NOW.plusSeconds(3600), null);
        assertThat(hour.redeem(NOW.plusSeconds(3599)).uses()).isEqualTo(1);
        assertThatThrownBy(() -> hour.redeem(NOW.plusSeconds(3600)))
                .hasFieldOrPropertyWithValue("code", "invite.expired");

        InviteLink revoked = hour.revoke(team, BOB, NOW);
        assertThatThrownBy(() -> revoked.redeem(NOW)).hasFieldOrPropertyWithValue("code", "invite.revoked");
        assertThat(revoked.revoke(team, ALICE, NOW.plusSeconds(5)).revokedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> hour.revoke(team, CAROL, NOW)).isInstanceOf(NotGroupOwnerException.class);
    }

    @Test
    void limitsMustMakeSenseAndTokensHaveOneForm() {
        assertThatThrownBy(() -> InviteLink.create(1, team, ALICE, TOKEN, NOW, NOW, null))
                .hasFieldOrPropertyWithValue("code", "invite.invalid_expiry");
        assertThatThrownBy(() -> InviteLink.create(1, team, ALICE, TOKEN, NOW, null, 0))
                .hasFieldOrPropertyWithValue("code", "invite.invalid_max_uses");
        assertThatThrownBy(() -> new InviteToken("short")).isInstanceOf(InviteLinkNotFoundException.class);
        assertThatThrownBy(() -> new InviteToken("a".repeat(42) + "/")).isInstanceOf(InviteLinkNotFoundException.class);
        assertThat(TOKEN.toString()).doesNotContain("aaaa");
    }

    @Test
    void joiningByOneselfAddsAPlainMemberOnce() {
        Group joined = team.join(People.DAVE, NOW);
        assertThat(joined.roleOf(People.DAVE)).isEqualTo(MemberRole.MEMBER);
        assertThatThrownBy(() -> joined.join(People.DAVE, NOW)).isInstanceOf(AlreadyGroupMemberException.class);
    }

    @Test
    void onlyAPublicGroupMayBeJoinedByOneselfAndModeratorsOpenIt() {
        assertThatThrownBy(() -> team.joinPublic(People.DAVE, NOW)).isInstanceOf(ChatNotFoundException.class);
        assertThatThrownBy(() -> team.changeOpenness(CAROL, true)).isInstanceOf(NotGroupOwnerException.class);
        Group open = team.changeOpenness(BOB, true);
        assertThat(open.isPublic()).isTrue();
        Group joined = open.joinPublic(People.DAVE, NOW);
        assertThat(joined.memberIds()).contains(People.DAVE);
        assertThat(joined.isPublic()).isTrue();
        assertThat(joined.appointAdmin(ALICE, CAROL)
                        .changeDetails(CAROL, GroupName.of("x"), null)
                        .isPublic())
                .isTrue();
        assertThatThrownBy(() -> open.joinPublic(CAROL, NOW)).isInstanceOf(AlreadyGroupMemberException.class);
    }
}
