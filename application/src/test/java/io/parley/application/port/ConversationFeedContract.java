package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.model.ChangedMessage;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.UnreadMessage;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change cursor, catch-up, read-receipt and inbox queries; run on the fakes and on PostgreSQL. */
public abstract class ConversationFeedContract extends ConversationStoreContract {

    @Test
    void everySendEditAndDeleteMovesTheChangeCursorOnByOne() {
        PrivateChat chat = privateChat(alice, bob);
        assertThat(chats.position(chat.id())).isEqualTo(new ChatPosition(0, 0));

        send(chat.id(), ChatKind.PRIVATE, alice, "a", null, T0);
        send(chat.id(), ChatKind.PRIVATE, bob, "b", null, T0);
        long[] edit = new long[1];
        write(() -> edit[0] = chats.nextChange(chat.id()));

        assertThat(edit[0]).isEqualTo(3);
        assertThat(chats.position(chat.id())).isEqualTo(new ChatPosition(2, 3));
        assertThat(chats.listFor(alice, "", 10, 0))
                .extracting(ChatListItem::cursor)
                .containsExactly(3L);
    }

    @Test
    void changedSinceGivesEachMessageOnceInItsLatestStateInOrderOfItsLastChange() {
        PrivateChat chat = privateChat(alice, bob);
        Message first = send(chat.id(), ChatKind.PRIVATE, alice, "first", null, T0);
        Message second = send(chat.id(), ChatKind.PRIVATE, alice, "second", null, T0);
        write(() -> messages.update(
                first.edit(alice, MessageText.of("first, edited"), T0.plusSeconds(1)), chats.nextChange(chat.id())));
        write(() -> messages.delete(chat.id(), second.id(), bob, T0.plusSeconds(2), chats.nextChange(chat.id())));
        Message third = send(chat.id(), ChatKind.PRIVATE, bob, "third", null, T0);

        List<ChangedMessage> all = messages.changedSince(chat.id(), 0, 10);

        assertThat(all).extracting(ChangedMessage::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(all).extracting(ChangedMessage::changedCursor).containsExactly(3L, 4L, 5L);
        assertThat(all).extracting(ChangedMessage::createdCursor).containsExactly(1L, 2L, 5L);
        assertThat(all.get(0).live().message().text().value()).isEqualTo("first, edited");
        assertThat(all.get(1).deleted()).isTrue();
        assertThat(all.get(1).deletedBy()).isEqualTo(bob);
        assertThat(all.get(1).deletedAt()).isNotNull();
        assertThat(all.get(2).live().authorName()).startsWith("Bob");
        assertThat(messages.changedSince(chat.id(), 3, 10))
                .extracting(ChangedMessage::id)
                .containsExactly(second.id(), third.id());
        assertThat(messages.changedSince(chat.id(), 0, 2)).hasSize(2);
        assertThat(messages.changedSince(chat.id(), 5, 10)).isEmpty();
    }

    @Test
    void latestPerAuthorSkipsDeletedMessagesAndStaysInTheRange() {
        Group group = group(alice, bob, carol);
        send(group.id(), ChatKind.GROUP, alice, "1", null, T0);
        Message aliceTwo = send(group.id(), ChatKind.GROUP, alice, "2", null, T0);
        Message bobThree = send(group.id(), ChatKind.GROUP, bob, "3", null, T0);
        Message aliceFour = send(group.id(), ChatKind.GROUP, alice, "4", null, T0);
        write(() -> messages.delete(group.id(), aliceFour.id(), alice, T0, chats.nextChange(group.id())));

        assertThat(messages.latestPerAuthor(group.id(), 0, 4))
                .containsExactlyInAnyOrder(
                        new LatestByAuthor(alice, aliceTwo.id(), 2), new LatestByAuthor(bob, bobThree.id(), 3));
        assertThat(messages.latestPerAuthor(group.id(), 2, 4))
                .containsExactly(new LatestByAuthor(bob, bobThree.id(), 3));
        assertThat(messages.latestPerAuthor(group.id(), 3, 3)).isEmpty();
    }

    @Test
    void newestUnreadAreOthersMessagesAboveTheReadersPointerNewestFirstAcrossChats() {
        PrivateChat chat = privateChat(alice, bob);
        Group group = group(carol, bob);
        Message one = send(chat.id(), ChatKind.PRIVATE, alice, "one", null, T0);
        Message two = send(chat.id(), ChatKind.PRIVATE, alice, "two", null, T0.plusSeconds(1));
        send(chat.id(), ChatKind.PRIVATE, bob, "mine", null, T0.plusSeconds(2));
        Message three = send(group.id(), ChatKind.GROUP, carol, "three", null, T0.plusSeconds(3));
        write(() -> chats.advanceReadPointer(chat.id(), bob, one.seq()));

        List<UnreadMessage> unread = messages.newestUnread(bob, 10);

        assertThat(unread).extracting(u -> u.message().message().id()).containsExactly(three.id(), two.id());
        assertThat(unread).extracting(UnreadMessage::kind).containsExactly(ChatKind.GROUP, ChatKind.PRIVATE);
        assertThat(messages.newestUnread(bob, 1)).hasSize(1);
        assertThat(messages.newestUnread(carol, 10)).isEmpty();
    }

    @Test
    void aMessageIsNeverTimedBeforeItsConversationsLatestActivitySoTimeNeverRunsBackwardsInSeq() {
        PrivateChat chat = privateChat(alice, bob);

        Message beforeTheChat = send(chat.id(), ChatKind.PRIVATE, alice, "clock behind", null, T0.minusSeconds(5));
        Message ahead = send(chat.id(), ChatKind.PRIVATE, bob, "clock ahead", null, T0.plusSeconds(10));
        Message waited =
                send(chat.id(), ChatKind.PRIVATE, alice, "stamped before it got the lock", null, T0.plusSeconds(4));
        Message later = send(chat.id(), ChatKind.PRIVATE, bob, "later", null, T0.plusSeconds(11));

        assertThat(List.of(beforeTheChat, ahead, waited, later))
                .extracting(Message::sentAt)
                .containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(10), T0.plusSeconds(11));
        assertThat(messages.page(chat.id(), new HistoryPage(10, 0, null, null)))
                .extracting(m -> m.message().sentAt())
                .containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(10), T0.plusSeconds(11));
        assertThat(chats.listFor(alice, "", 10, 0))
                .extracting(ChatListItem::lastActivityAt)
                .containsExactly(T0.plusSeconds(11));
    }

    @Test
    void newestUnreadOfTheSameTimeAreAChatsHighestSeqs() {
        Group group = group(carol, bob);
        // ids are reserved before the lock is taken, so a later seq can have a smaller id
        MessageId smaller = messages.nextMessageId();
        MessageId larger = messages.nextMessageId();
        sendAs(group, larger, "seq 1");
        sendAs(group, smaller, "seq 2");

        assertThat(messages.newestUnread(bob, 1))
                .extracting(u -> u.message().message().seq())
                .containsExactly(2L);
        assertThat(messages.newestUnread(bob, 10))
                .extracting(u -> u.message().message().seq())
                .containsExactly(2L, 1L);
    }

    private void sendAs(Group group, MessageId id, String text) {
        write(() -> {
            MessageSlot slot = chats.nextSeq(group.id(), T0).orElseThrow();
            Membership author = new Membership(group.id(), ChatKind.GROUP, carol, MemberRole.OWNER);
            messages.add(Message.send(id, author, slot.seq(), MessageText.of(text), null, slot.time()), slot.cursor());
        });
    }

    @Test
    void contactsAreTheUsersSharingAConversation() {
        PrivateChat chat = privateChat(alice, bob);
        Group group = group(bob, carol);

        assertThat(chats.contactsOf(bob)).containsExactlyInAnyOrder(alice, carol);
        assertThat(chats.contactsOf(alice)).containsExactly(bob);
        assertThat(chats.chatIdsOf(bob)).containsExactlyInAnyOrder(chat.id(), group.id());
        assertThat(chats.shareAChat(alice, bob)).isTrue();
        assertThat(chats.shareAChat(alice, carol)).isFalse();
    }
}
