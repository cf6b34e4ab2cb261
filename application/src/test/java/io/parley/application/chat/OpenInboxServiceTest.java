package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.FakeCallRoster;
import io.parley.application.fake.FakePresenceTracker;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.MessageView;
import io.parley.application.port.MessageSlot;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageText;
import io.parley.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenInboxServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final FakePresenceTracker presence = fakes.presence;
    private final OpenInboxUseCase inbox =
            new OpenInboxService(fakes.store, fakes.store, presence, new FakeCallRoster());
    private final SendMessageService send = new SendMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");

    @Test
    void theInboxHasEveryChatWithItsCursorTheUnreadMessagesAndTheOnlineContacts() {
        ChatAddress chat = ChatAddress.privateChat(fakes.privateChat(alice, bob).value());
        ChatAddress group = ChatAddress.group(fakes.group("Team", carol, alice).value());
        say(bob, chat, "from bob");
        say(alice, chat, "mine");
        say(carol, group, "from carol");
        presence.opened(carol);
        presence.opened(dave);

        Inbox box = inbox.open(new OpenInboxQuery(alice));

        assertThat(box.chats())
                .extracting(ChatListItem::id)
                .containsExactlyInAnyOrder(chat.id().value(), group.id().value());
        assertThat(box.chats())
                .filteredOn(c -> c.id() == chat.id().value())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.cursor()).isEqualTo(2);
                    assertThat(c.unreadCount()).isZero();
                });
        assertThat(box.unread()).extracting(MessageView::text).containsExactly("from carol");
        assertThat(box.onlineContacts()).containsExactly(carol);
    }

    @Test
    void atMostAHundredUnreadMessagesComeNewestOfThemOldestFirst() {
        ChatAddress chat = ChatAddress.privateChat(fakes.privateChat(alice, bob).value());
        for (int i = 0; i < Inbox.MAX_UNREAD + 20; i++) {
            fakes.clock.advance(java.time.Duration.ofSeconds(1));
            say(bob, chat, "m" + i);
        }

        Inbox box = inbox.open(new OpenInboxQuery(alice));

        assertThat(box.unread()).hasSize(Inbox.MAX_UNREAD);
        assertThat(box.unread().get(0).text()).isEqualTo("m20");
        assertThat(box.unread().get(Inbox.MAX_UNREAD - 1).text()).isEqualTo("m119");
        assertThat(box.chats())
                .singleElement()
                .satisfies(c -> assertThat(c.unreadCount()).isEqualTo(120));
    }

    @Test
    void eachChatsUnreadMessagesComeInSeqOrderEvenWhereStoredTimesRunBackwards() {
        ChatAddress chat = ChatAddress.privateChat(fakes.privateChat(alice, bob).value());
        ChatAddress group = ChatAddress.group(fakes.group("Team", carol, alice).value());
        // as stored before times were taken under the chat's lock: seq 2 of the chat is older than its seq 1
        storedAt(bob, chat, 5);
        storedAt(bob, chat, 3);
        storedAt(carol, group, 4);
        storedAt(bob, chat, 6);
        storedAt(carol, group, 7);

        Inbox box = inbox.open(new OpenInboxQuery(alice));

        assertThat(box.unread())
                .extracting(v -> (v.chatId() == chat.id().value() ? "chat " : "group ") + v.seq())
                .containsExactly("group 1", "chat 1", "chat 2", "chat 3", "group 2");
    }

    private void storedAt(UserId author, ChatAddress where, long second) {
        Instant at = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(second);
        fakes.transactions.inTransaction(() -> {
            MessageSlot slot = fakes.store.nextSeq(where.id(), Instant.EPOCH).orElseThrow();
            Membership sender = new Membership(where.id(), where.kind(), author, MemberRole.MEMBER);
            fakes.store.add(
                    Message.send(fakes.store.nextMessageId(), sender, slot.seq(), MessageText.of("m"), null, at),
                    slot.cursor());
            return null;
        });
    }

    private void say(UserId who, ChatAddress where, String text) {
        send.send(new SendMessageCommand(who, where, text, null));
    }
}
