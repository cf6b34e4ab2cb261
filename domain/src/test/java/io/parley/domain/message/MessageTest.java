package io.parley.domain.message;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static io.parley.domain.testdata.People.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {
    private static final ChatId GROUP = ChatId.of(3);
    private static final ChatId PRIVATE = ChatId.of(4);
    private static final MessageId ID = MessageId.of(42);
    private static final Instant SENT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = SENT.plusSeconds(60);

    private final Message bobsGroupMessage = Message.send(
            ID, groupMember(BOB, MemberRole.MEMBER), 7, MessageText.of("hello"), new ClientId("c-1"), SENT);

    @Test
    void sendTakesChatAndAuthorFromTheSendersMembership() {
        assertThat(bobsGroupMessage.chat()).isEqualTo(GROUP);
        assertThat(bobsGroupMessage.author()).isEqualTo(BOB);
        assertThat(bobsGroupMessage.seq()).isEqualTo(7);
        assertThat(bobsGroupMessage.clientId()).contains(new ClientId("c-1"));
        assertThat(bobsGroupMessage.sentAt()).isEqualTo(SENT);
        assertThat(bobsGroupMessage.editedAt()).isEmpty();
    }

    @Test
    void seqMustBePositive() {
        assertThatThrownBy(() ->
                        Message.send(ID, groupMember(BOB, MemberRole.MEMBER), 0, MessageText.of("hi"), null, SENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorEditsTheTextAndTheRestStays() {
        Message edited = bobsGroupMessage.edit(BOB, MessageText.of("hello again"), LATER);

        assertThat(edited.text().value()).isEqualTo("hello again");
        assertThat(edited.editedAt()).contains(LATER);
        assertThat(edited.id()).isEqualTo(ID);
        assertThat(edited.seq()).isEqualTo(7);
        assertThat(edited.sentAt()).isEqualTo(SENT);
        assertThat(edited.clientId()).isEqualTo(bobsGroupMessage.clientId());
    }

    @Test
    void onlyTheAuthorEdits() {
        assertThatThrownBy(() -> bobsGroupMessage.edit(ALICE, MessageText.of("mine now"), LATER))
                .isInstanceOfSatisfying(NotMessageAuthorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("message.not_author");
                });
        assertThat(bobsGroupMessage.text().value()).isEqualTo("hello");
    }

    @Test
    void authorMayDelete() {
        bobsGroupMessage.checkDeletableBy(groupMember(BOB, MemberRole.MEMBER));
    }

    @Test
    void groupOwnerMayDeleteSomeoneElsesMessage() {
        bobsGroupMessage.checkDeletableBy(groupMember(ALICE, MemberRole.OWNER));
    }

    @Test
    void otherMemberMayNotDelete() {
        assertThatThrownBy(() -> bobsGroupMessage.checkDeletableBy(groupMember(CAROL, MemberRole.MEMBER)))
                .isInstanceOfSatisfying(MessageDeletionForbiddenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("message.delete_forbidden");
                });
    }

    @Test
    void inAPrivateChatOnlyTheAuthorMayDelete() {
        Message message = Message.send(
                ID,
                new Membership(PRIVATE, ChatKind.PRIVATE, ALICE, MemberRole.MEMBER),
                1,
                MessageText.of("hi"),
                null,
                SENT);

        message.checkDeletableBy(new Membership(PRIVATE, ChatKind.PRIVATE, ALICE, MemberRole.MEMBER));
        assertThatThrownBy(() ->
                        message.checkDeletableBy(new Membership(PRIVATE, ChatKind.PRIVATE, BOB, MemberRole.MEMBER)))
                .isInstanceOf(MessageDeletionForbiddenException.class);
    }

    @Test
    void rehydrateKeepsEveryField() {
        Message stored = Message.rehydrate(ID, GROUP, 9, BOB, MessageKind.TEXT, MessageText.of("x"), null, SENT, LATER);
        assertThat(stored.clientId()).isEmpty();
        assertThat(stored.editedAt()).contains(LATER);
        assertThat(stored.seq()).isEqualTo(9);
    }

    private static Membership groupMember(UserId user, MemberRole role) {
        return new Membership(GROUP, ChatKind.GROUP, user, role);
    }
}
