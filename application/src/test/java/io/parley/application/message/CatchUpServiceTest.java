package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.message.MessageChange.Kind;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageId;
import org.junit.jupiter.api.Test;

class CatchUpServiceTest {
    private final Messaging m = new Messaging();
    private final CatchUpUseCase catchUp =
            new CatchUpService(m.fakes.store, m.fakes.store, m.fakes.transactions, m.fakes.presence);
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);

    @Test
    void fromTheStartEveryLiveMessageComesAsNewInOrder() {
        m.say(m.alice, chat, "one");
        m.say(m.bob, chat, "two");

        CatchUp missed = catchUp.catchUp(new CatchUpQuery(m.bob, chat, 0));

        assertThat(missed.gap()).isFalse();
        assertThat(missed.cursor()).isEqualTo(2);
        assertThat(missed.changes()).extracting(MessageChange::kind).containsExactly(Kind.CREATED, Kind.CREATED);
        assertThat(missed.changes()).extracting(c -> c.message().text()).containsExactly("one", "two");
    }

    @Test
    void editsAndDeletesOfSeenMessagesComeAsSuchAndUnseenDeletedMessagesNotAtAll() {
        MessageView seen = m.say(m.alice, chat, "seen");
        MessageView doomed = m.say(m.alice, chat, "doomed");
        m.edit.edit(new EditMessageCommand(m.alice, chat, MessageId.of(seen.id()), "seen, edited"));
        m.delete.delete(new DeleteMessageCommand(m.alice, chat, MessageId.of(doomed.id())));
        MessageView fresh = m.say(m.alice, chat, "fresh");
        MessageView flash = m.say(m.alice, chat, "flash");
        m.delete.delete(new DeleteMessageCommand(m.alice, chat, MessageId.of(flash.id())));

        CatchUp missed = catchUp.catchUp(new CatchUpQuery(m.bob, chat, 2));

        assertThat(missed.changes())
                .extracting(MessageChange::kind)
                .containsExactly(Kind.EDITED, Kind.DELETED, Kind.CREATED);
        assertThat(missed.changes().get(0).message().text()).isEqualTo("seen, edited");
        assertThat(missed.changes().get(1).messageId()).isEqualTo(doomed.id());
        assertThat(missed.changes().get(1).deletedBy()).isEqualTo(m.alice.value());
        assertThat(missed.changes().get(2).messageId()).isEqualTo(fresh.id());
        assertThat(missed.changes()).extracting(MessageChange::cursor).containsExactly(3L, 4L, 5L);
        assertThat(missed.cursor()).isEqualTo(7);
    }

    @Test
    void aCursorThisChatNeverReachedOrTooManyChangesGiveAGap() {
        m.say(m.alice, chat, "one");
        assertThat(catchUp.catchUp(new CatchUpQuery(m.bob, chat, 5)).gap()).isTrue();

        for (int i = 0; i < CatchUp.MAX_CHANGES; i++) {
            m.say(m.alice, chat, "bulk " + i);
        }
        CatchUp flood = catchUp.catchUp(new CatchUpQuery(m.bob, chat, 0));
        CatchUp justEnough = catchUp.catchUp(new CatchUpQuery(m.bob, chat, 1));

        assertThat(flood.gap()).isTrue();
        assertThat(flood.changes()).isEmpty();
        assertThat(flood.cursor()).isEqualTo(CatchUp.MAX_CHANGES + 1);
        assertThat(justEnough.gap()).isFalse();
        assertThat(justEnough.changes()).hasSize(CatchUp.MAX_CHANGES);
    }

    @Test
    void outsidersCannotCatchUp() {
        m.say(m.alice, chat, "private");
        assertThatThrownBy(() -> catchUp.catchUp(new CatchUpQuery(m.carol, chat, 0)))
                .isInstanceOf(ChatNotFoundException.class);
    }
}
