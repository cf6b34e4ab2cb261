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
import io.parley.domain.mention.Mentions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardTest {
    private static final Instant SENT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");
    private static final ChatId SOURCE = ChatId.of(3);
    private static final ChatId TARGET = ChatId.of(4);
    private final Membership bobInSource = member(SOURCE, BOB);
    private final Membership aliceInSource = member(SOURCE, ALICE);
    private final Membership aliceInTarget = member(TARGET, ALICE);
    private final Message original = Message.send(
                    MessageId.of(10), bobInSource, 1, MessageText.of("hi all"), ClientId.ofNullable("b-1"), SENT)
            .mentioning(Mentions.of(List.of(ALICE.value()), false), bobInSource, List.of(ALICE, BOB), 10);

    private static Membership member(ChatId chat, io.parley.domain.user.UserId user) {
        return new Membership(chat, ChatKind.GROUP, user, MemberRole.MEMBER);
    }

    @Test
    void aForwardIsANewMessageOfTheForwarderInTheTargetThatNamesTheOriginalAuthorAndTime() {
        Message copy = Message.forward(
                MessageId.of(20), aliceInTarget, 7, aliceInSource, original, "Bob", ClientId.ofNullable("a-1"), NOW);

        assertThat(copy.chat()).isEqualTo(TARGET);
        assertThat(copy.author()).isEqualTo(ALICE);
        assertThat(copy.seq()).isEqualTo(7);
        assertThat(copy.sentAt()).isEqualTo(NOW);
        assertThat(copy.textValue()).isEqualTo("hi all");
        assertThat(copy.kind()).isEqualTo(MessageKind.TEXT);
        assertThat(copy.clientId()).contains(new ClientId("a-1"));
        assertThat(copy.mentions()).isEqualTo(Mentions.NONE);
        assertThat(copy.replyTo()).isEmpty();
        assertThat(copy.forwardedFrom()).contains(new ForwardOrigin(BOB, "Bob", SENT));
        assertThat(original.forwardedFrom()).isEmpty();
    }

    @Test
    void forwardingAForwardKeepsTheFirstOrigin() {
        Message first = Message.forward(MessageId.of(20), aliceInTarget, 7, aliceInSource, original, "Bob", null, NOW);

        Message second = Message.forward(
                MessageId.of(21),
                member(ChatId.of(5), CAROL),
                1,
                member(TARGET, CAROL),
                first,
                "Alice",
                null,
                NOW.plusSeconds(60));

        assertThat(second.forwardedFrom()).contains(new ForwardOrigin(BOB, "Bob", SENT));
    }

    @Test
    void anOriginalOutsideTheReadersConversationIsNotFoundAsIfUnknown() {
        assertThatThrownBy(() -> Message.forward(
                        MessageId.of(20), aliceInTarget, 7, member(ChatId.of(9), ALICE), original, "Bob", null, NOW))
                .isInstanceOfSatisfying(MessageNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("message.not_found");
                });
        assertThatThrownBy(() -> Message.forward(
                        MessageId.of(20), aliceInTarget, 7, member(SOURCE, CAROL), original, "Bob", null, NOW))
                .isInstanceOf(MessageNotFoundException.class);
    }

    @Test
    void aForwardedCopyCannotBeEditedButItsOriginalCan() {
        Message copy = Message.forward(MessageId.of(20), aliceInTarget, 7, aliceInSource, original, "Bob", null, NOW);

        assertThatThrownBy(() -> copy.edit(ALICE, MessageText.of("changed"), NOW))
                .isInstanceOfSatisfying(ForwardedMessageNotEditableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("message.forwarded_not_editable");
                });
        assertThat(original.edit(BOB, MessageText.of("hi"), NOW).textValue()).isEqualTo("hi");
    }
}
