package io.parley.domain.mention;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageText;
import io.parley.domain.message.NotMessageAuthorException;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
    private static final ChatId GROUP = ChatId.of(3);
    private static final List<UserId> MEMBERS = List.of(ALICE, BOB);
    private static final Membership OWNER = new Membership(GROUP, ChatKind.GROUP, ALICE, MemberRole.OWNER);
    private static final Membership ADMIN = new Membership(GROUP, ChatKind.GROUP, BOB, MemberRole.ADMIN);
    private static final Membership MEMBER = new Membership(GROUP, ChatKind.GROUP, BOB, MemberRole.MEMBER);
    private static final Membership IN_PRIVATE = new Membership(GROUP, ChatKind.PRIVATE, BOB, MemberRole.MEMBER);

    @Test
    void membersMayBeMentionedInTheOrderNamed() {
        Mentions named = Mentions.of(List.of(BOB.value(), ALICE.value()), false);
        named.checkAllowed(MEMBER, MEMBERS, 2);
        assertThat(named.users()).containsExactly(BOB, ALICE);
        assertThat(named.include(ALICE)).isTrue();
        assertThat(named.include(CAROL)).isFalse();
    }

    @Test
    void aNonMemberOrAUserNamedTwiceIsInvalid() {
        assertRefused(
                () -> Mentions.of(List.of(CAROL.value()), false).checkAllowed(OWNER, MEMBERS, 5),
                ErrorKind.INVALID,
                "message.invalid_mentions");
        assertRefused(
                () -> Mentions.of(List.of(BOB.value(), BOB.value()), false),
                ErrorKind.INVALID,
                "message.invalid_mentions");
    }

    @Test
    void moreThanTheLimitIsRefused() {
        assertRefused(
                () -> Mentions.of(List.of(ALICE.value(), BOB.value()), false).checkAllowed(OWNER, MEMBERS, 1),
                ErrorKind.INVALID,
                "message.too_many_mentions");
    }

    @Test
    void everyoneIsForTheOwnerAndAdminsOfAGroupOnly() {
        Mentions all = Mentions.of(List.of(), true);
        all.checkAllowed(OWNER, MEMBERS, 5);
        all.checkAllowed(ADMIN, MEMBERS, 5);
        assertThat(all.include(CAROL)).isTrue();
        assertRefused(() -> all.checkAllowed(MEMBER, MEMBERS, 5), ErrorKind.FORBIDDEN, "message.mention_all_forbidden");
        assertRefused(
                () -> all.checkAllowed(IN_PRIVATE, MEMBERS, 5), ErrorKind.FORBIDDEN, "message.mention_all_forbidden");
    }

    @Test
    void onlyTheAuthorSetsAMessagesMentions() {
        Message message = Message.send(
                MessageId.of(10), OWNER, 1, MessageText.of("hi"), null, Instant.parse("2026-01-01T00:00:00Z"));
        Mentions bob = Mentions.of(List.of(BOB.value()), false);
        assertThat(message.mentions()).isEqualTo(Mentions.NONE);
        assertThat(message.mentioning(bob, OWNER, MEMBERS, 5).mentions()).isEqualTo(bob);
        assertThatThrownBy(() -> message.mentioning(bob, MEMBER, MEMBERS, 5))
                .isInstanceOf(NotMessageAuthorException.class);
        assertThat(message.mentioning(bob, OWNER, MEMBERS, 5)
                        .edit(ALICE, MessageText.of("edited"), Instant.parse("2026-01-01T00:01:00Z"))
                        .mentions())
                .isEqualTo(bob);
    }

    private static void assertRefused(Runnable action, ErrorKind kind, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
