package io.parley.domain.message;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadReplyTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ChatId GROUP = ChatId.of(3);
    private final Message root = message(10, GROUP, 1);
    private final Message reply = message(11, GROUP, 2);

    @Test
    void aReplyInTheThreadOfAMessageOfTheSameChatKnowsItsRootAndNumber() {
        Message placed = reply.inThreadOf(root.id(), root, 4);
        assertThat(placed.thread()).contains(new ThreadPlace(root.id(), 4));
        assertThat(placed.edit(BOB, MessageText.of("edited"), NOW).thread()).isEqualTo(placed.thread());
        assertThat(reply.thread()).isEmpty();
    }

    @Test
    void aRootOfAnotherChatIsRefusedLikeAnUnknownOneAndThreadsDoNotNest() {
        Message elsewhere = message(12, ChatId.of(4), 1);
        assertThatThrownBy(() -> reply.inThreadOf(elsewhere.id(), elsewhere, 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("message.thread_root_unknown"));
        assertThatThrownBy(() -> reply.inThreadOf(MessageId.of(99), null, 1))
                .isInstanceOf(ThreadRootUnknownException.class);
        assertThatThrownBy(() -> reply.inThreadOf(reply.id(), reply, 1)).isInstanceOf(ThreadRootUnknownException.class);

        Message inThread = reply.inThreadOf(root.id(), root, 1);
        Message third = message(13, GROUP, 3);
        assertThatThrownBy(() -> third.inThreadOf(inThread.id(), inThread, 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("message.thread_nested"));
    }

    @Test
    void aThreadSeqIsPositive() {
        assertThatThrownBy(() -> new ThreadPlace(root.id(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Message message(long id, ChatId chat, long seq) {
        return Message.send(
                MessageId.of(id),
                new Membership(chat, ChatKind.GROUP, id % 2 == 0 ? ALICE : BOB, MemberRole.MEMBER),
                seq,
                MessageText.of("text " + id),
                null,
                NOW);
    }
}
