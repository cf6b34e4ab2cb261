package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.model.HistoryPage;
import io.parley.application.model.MessageView;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListMessagesServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final List<MessageView> sent = new ArrayList<>();

    private void sendTen() {
        for (int i = 1; i <= 10; i++) {
            sent.add(m.say(i % 2 == 0 ? m.bob : m.alice, chat, "message " + i));
        }
    }

    @Test
    void withoutCursorsTheNewestPageComesOldestFirst() {
        sendTen();
        MessageHistory page = list(m.alice, new HistoryPage(3, 0, null, null));
        assertThat(seqs(page)).containsExactly(8L, 9L, 10L);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void offsetSkipsTheNewestMessages() {
        sendTen();
        MessageHistory middle = list(m.alice, new HistoryPage(3, 3, null, null));
        assertThat(seqs(middle)).containsExactly(5L, 6L, 7L);
        assertThat(middle.hasMore()).isTrue();

        MessageHistory oldest = list(m.alice, new HistoryPage(3, 7, null, null));
        assertThat(seqs(oldest)).containsExactly(1L, 2L, 3L);
        assertThat(oldest.hasMore()).isFalse();

        MessageHistory partial = list(m.alice, new HistoryPage(3, 8, null, null));
        assertThat(seqs(partial)).containsExactly(1L, 2L);
        assertThat(partial.hasMore()).isFalse();

        assertThat(list(m.alice, new HistoryPage(3, 10, null, null)).messages()).isEmpty();
    }

    @Test
    void beforeSeqReadsBackwards() {
        sendTen();
        MessageHistory page = list(m.alice, new HistoryPage(3, 0, 8L, null));
        assertThat(seqs(page)).containsExactly(5L, 6L, 7L);
        assertThat(page.hasMore()).isTrue();

        MessageHistory start = list(m.alice, new HistoryPage(3, 0, 4L, null));
        assertThat(seqs(start)).containsExactly(1L, 2L, 3L);
        assertThat(start.hasMore()).isFalse();
    }

    @Test
    void afterSeqReadsForwards() {
        sendTen();
        MessageHistory page = list(m.alice, new HistoryPage(3, 0, null, 4L));
        assertThat(seqs(page)).containsExactly(5L, 6L, 7L);
        assertThat(page.hasMore()).isTrue();

        MessageHistory end = list(m.alice, new HistoryPage(3, 0, null, 7L));
        assertThat(seqs(end)).containsExactly(8L, 9L, 10L);
        assertThat(end.hasMore()).isFalse();

        MessageHistory fromTheStart = list(m.alice, new HistoryPage(2, 0, null, 0L));
        assertThat(seqs(fromTheStart)).containsExactly(1L, 2L);
        assertThat(list(m.alice, new HistoryPage(3, 0, null, 10L)).messages()).isEmpty();
    }

    @Test
    void deletedMessagesAreLeftOutAndTheirSeqsStayUsed() {
        sendTen();
        m.delete.delete(
                new DeleteMessageCommand(m.alice, chat, MessageId.of(sent.get(8).id())));

        assertThat(seqs(list(m.alice, new HistoryPage(3, 0, null, null)))).containsExactly(7L, 8L, 10L);
        assertThat(m.say(m.alice, chat, "after").seq()).isEqualTo(11);
    }

    @Test
    void historyShowsAuthorsAndTexts() {
        sendTen();
        MessageView first =
                list(m.bob, new HistoryPage(1, 0, null, 0L)).messages().get(0);
        assertThat(first.authorName()).isEqualTo("Alice");
        assertThat(first.text()).isEqualTo("message 1");
        assertThat(first.id()).isEqualTo(sent.get(0).id());
    }

    @Test
    void readFlagTurnsTrueOnceTheOtherMemberReadIt() {
        for (int i = 1; i <= 3; i++) {
            sent.add(m.say(m.alice, chat, "message " + i));
        }
        assertThat(m.latest(m.alice, chat).messages())
                .extracting(MessageView::read)
                .containsOnly(false);

        m.read(m.bob, chat, sent.get(1));

        assertThat(m.latest(m.alice, chat).messages())
                .extracting(MessageView::read)
                .containsExactly(true, true, false);
    }

    @Test
    void writingIntoAChatReadsEverythingBeforeTheNewMessage() {
        sendTen();

        List<MessageView> history = m.latest(m.alice, chat).messages();
        // each reply read what came before it; only the last message waits for the other member
        assertThat(history.subList(0, 9)).extracting(MessageView::read).containsOnly(true);
        assertThat(history.get(9).read()).isFalse();
    }

    @Test
    void inAGroupReadMeansEveryOtherMemberReadIt() {
        ChatAddress team = m.group(m.alice, m.bob, m.carol);
        MessageView hello = m.say(m.alice, team, "hello all");

        m.read(m.bob, team, hello);
        assertThat(m.latest(m.alice, team).messages().get(0).read()).isFalse();

        m.read(m.carol, team, hello);
        assertThat(m.latest(m.alice, team).messages().get(0).read()).isTrue();
    }

    @Test
    void outsiderCannotReadTheHistory() {
        sendTen();
        assertThatThrownBy(() -> m.latest(m.carol, chat)).isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void offsetTogetherWithACursorIsInvalid() {
        assertThatThrownBy(() -> new HistoryPage(3, 1, 5L, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("request.offset_with_cursor"));
        assertThatThrownBy(() -> new HistoryPage(3, 0, 0L, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid_cursor"));
        assertThatThrownBy(() -> new HistoryPage(HistoryPage.MAX_LIMIT + 1, 0, null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid_limit"));
    }

    private MessageHistory list(UserId reader, HistoryPage page) {
        return m.history.list(new ListMessagesQuery(reader, chat, page));
    }

    private static List<Long> seqs(MessageHistory history) {
        return history.messages().stream().map(MessageView::seq).toList();
    }
}
