package io.parley.domain.message;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ChatId GROUP = ChatId.of(3);
    private final Message original = Message.send(
            MessageId.of(10),
            new Membership(GROUP, ChatKind.GROUP, ALICE, MemberRole.OWNER),
            1,
            MessageText.of("hi"),
            null,
            NOW);
    private final Message reply = Message.send(
            MessageId.of(11),
            new Membership(GROUP, ChatKind.GROUP, BOB, MemberRole.MEMBER),
            2,
            MessageText.of("yo"),
            null,
            NOW);

    @Test
    void aReplyToAMessageOfTheSameChatRemembersIt() {
        assertThat(reply.replyingTo(original.id(), original).replyTo()).contains(original.id());
        assertThat(reply.replyTo()).isEmpty();
    }

    @Test
    void aReplyToAMessageOfAnotherChatIsRefusedLikeAnUnknownOne() {
        Message elsewhere = Message.send(
                MessageId.of(12),
                new Membership(ChatId.of(4), ChatKind.GROUP, ALICE, MemberRole.OWNER),
                1,
                MessageText.of("x"),
                null,
                NOW);
        assertThatThrownBy(() -> reply.replyingTo(elsewhere.id(), elsewhere))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("message.reply_to_unknown");
                });
        assertThatThrownBy(() -> reply.replyingTo(MessageId.of(99), null))
                .isInstanceOf(ReplyTargetUnknownException.class);
    }

    @Test
    void anEditKeepsTheReply() {
        assertThat(reply.replyingTo(original.id(), original)
                        .edit(BOB, MessageText.of("yes"), NOW)
                        .replyTo())
                .contains(original.id());
    }
}
