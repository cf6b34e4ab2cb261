package io.parley.domain.pin;

import static io.parley.domain.testdata.People.ALICE;
import static io.parley.domain.testdata.People.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatPinsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ChatId CHAT = ChatId.of(3);

    private static Membership in(ChatKind kind, MemberRole role) {
        return new Membership(CHAT, kind, role == MemberRole.OWNER ? ALICE : BOB, role);
    }

    private static Message message(long id) {
        return Message.send(MessageId.of(id), in(ChatKind.GROUP, MemberRole.OWNER), id, MessageText.of("m"), null, NOW);
    }

    @Test
    void theOwnerAndAdminsOfAGroupPinButAPlainMemberDoesNot() {
        ChatPins none = ChatPins.rehydrate(CHAT, List.of());
        assertThat(none.pin(in(ChatKind.GROUP, MemberRole.OWNER), message(1), NOW, 5))
                .contains(new Pin(MessageId.of(1), ALICE, NOW));
        assertThat(none.pin(in(ChatKind.GROUP, MemberRole.ADMIN), message(1), NOW, 5))
                .isPresent();
        assertThatThrownBy(() -> none.pin(in(ChatKind.GROUP, MemberRole.MEMBER), message(1), NOW, 5))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThatThrownBy(() -> none.unpin(in(ChatKind.GROUP, MemberRole.MEMBER), MessageId.of(1)))
                .isInstanceOf(NotGroupOwnerException.class);
    }

    @Test
    void eitherMemberOfAPrivateChatPins() {
        ChatPins none = ChatPins.rehydrate(CHAT, List.of());
        assertThat(none.pin(in(ChatKind.PRIVATE, MemberRole.MEMBER), message(1), NOW, 5))
                .isPresent();
    }

    @Test
    void pinningAPinnedMessageOrUnpinningAnUnpinnedOneChangesNothing() {
        ChatPins one = ChatPins.rehydrate(CHAT, List.of(new Pin(MessageId.of(1), ALICE, NOW)));
        Membership owner = in(ChatKind.GROUP, MemberRole.OWNER);
        assertThat(one.pin(owner, message(1), NOW, 1)).isEmpty();
        assertThat(one.unpin(owner, MessageId.of(1))).isTrue();
        assertThat(one.unpin(owner, MessageId.of(2))).isFalse();
    }

    @Test
    void aPinBeyondTheLimitIsRefused() {
        ChatPins one = ChatPins.rehydrate(CHAT, List.of(new Pin(MessageId.of(1), ALICE, NOW)));
        assertThatThrownBy(() -> one.pin(in(ChatKind.GROUP, MemberRole.OWNER), message(2), NOW, 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("pin.too_many"));
    }
}
