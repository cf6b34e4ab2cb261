package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.model.MessageView;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageId;
import org.junit.jupiter.api.Test;

class GetRecentHistoryServiceTest {
    private final Messaging m = new Messaging();
    private final GetRecentHistoryUseCase recent =
            new GetRecentHistoryService(m.fakes.store, m.fakes.store, m.fakes.transactions, m.fakes.presence);
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);

    @Test
    void theNewestMessagesComeOldestFirstWithTheCursorTheFeedContinuesFrom() {
        for (int i = 1; i <= 5; i++) {
            m.say(m.alice, chat, "m" + i);
        }
        m.delete.delete(new DeleteMessageCommand(
                m.alice,
                chat,
                MessageId.of(m.latest(m.alice, chat).messages().get(0).id())));

        RecentHistory all = recent.recent(new RecentHistoryQuery(m.bob, chat, 100, 0));
        RecentHistory page = recent.recent(new RecentHistoryQuery(m.bob, chat, 2, 1));

        assertThat(all.messages()).extracting(MessageView::text).containsExactly("m2", "m3", "m4", "m5");
        assertThat(all.cursor()).isEqualTo(6);
        assertThat(all.hasMore()).isFalse();
        assertThat(page.messages()).extracting(MessageView::text).containsExactly("m3", "m4");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void outsidersAndBadPagesAreRefused() {
        assertThatThrownBy(() -> recent.recent(new RecentHistoryQuery(m.carol, chat, 10, 0)))
                .isInstanceOf(ChatNotFoundException.class);
        assertThatThrownBy(() -> new RecentHistoryQuery(m.bob, chat, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RecentHistoryQuery(m.bob, chat, 201, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RecentHistoryQuery(m.bob, chat, 10, -1)).isInstanceOf(DomainException.class);
    }
}
