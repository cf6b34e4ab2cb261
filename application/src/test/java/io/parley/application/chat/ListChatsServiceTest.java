package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.fake.ConversationFakes;
import io.parley.application.group.AddGroupMembersCommand;
import io.parley.application.group.AddGroupMembersService;
import io.parley.application.message.DeleteMessageCommand;
import io.parley.application.message.DeleteMessageService;
import io.parley.application.message.MarkReadCommand;
import io.parley.application.message.MarkReadService;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.MessageView;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListChatsServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final ListChatsUseCase list = new ListChatsService(fakes.store, fakes.presence);
    private final SendMessageService send = new SendMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
    private final MarkReadService markRead =
            new MarkReadService(fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    private final DeleteMessageService deleteMessage = new DeleteMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    private final AddGroupMembersService addMembers =
            new AddGroupMembersService(fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");

    @Test
    void listsPrivateChatsAndGroupsMostRecentActivityFirst() {
        ChatId withBob = fakes.privateChat(alice, bob);
        later();
        ChatId team = fakes.group("Tea room", carol, alice);
        later();
        ChatId withCarol = fakes.privateChat(carol, alice);
        later();
        say(bob, ChatAddress.privateChat(withBob.value()), "fresh news");

        List<ChatListItem> chats = list(alice, "");

        assertThat(chats)
                .extracting(ChatListItem::id)
                .containsExactly(withBob.value(), withCarol.value(), team.value());
        assertThat(chats)
                .extracting(ChatListItem::kind)
                .containsExactly(ChatKind.PRIVATE, ChatKind.PRIVATE, ChatKind.GROUP);
        assertThat(chats).extracting(ChatListItem::name).containsExactly("Bob", "Carol", "Tea room");
        assertThat(chats.get(0).lastActivityAt()).isEqualTo(fakes.clock.now());
    }

    @Test
    void chatsWithTheSameActivityAreListedNewestIdFirst() {
        ChatId first = fakes.privateChat(alice, bob);
        ChatId second = fakes.privateChat(alice, carol);

        assertThat(list(alice, "")).extracting(ChatListItem::id).containsExactly(second.value(), first.value());
    }

    @Test
    void nameFilterMatchesAnyPartOfTheNameIgnoringCase() {
        fakes.privateChat(alice, bob);
        ChatId team = fakes.group("Tea room", alice, carol);
        ChatId steam = fakes.group("Steam", dave, alice);

        assertThat(list(alice, "TEA"))
                .extracting(ChatListItem::id)
                .containsExactlyInAnyOrder(team.value(), steam.value());
        assertThat(list(alice, "ob")).extracting(ChatListItem::name).containsExactly("Bob");
        assertThat(list(alice, "nobody")).isEmpty();
    }

    @Test
    void pagesByLimitAndOffset() {
        ChatId oldest = fakes.privateChat(alice, bob);
        later();
        ChatId middle = fakes.privateChat(alice, carol);
        later();
        ChatId newest = fakes.privateChat(alice, dave);

        assertThat(list.list(new ListChatsQuery(alice, null, 2, 0)).rooms())
                .extracting(ChatListItem::id)
                .containsExactly(newest.value(), middle.value());
        assertThat(list.list(new ListChatsQuery(alice, null, 2, 2)).rooms())
                .extracting(ChatListItem::id)
                .containsExactly(oldest.value());
    }

    @Test
    void aFullPageSaysMoreFollowAndWhereTheNextStarts() {
        ChatId oldest = fakes.privateChat(alice, bob);
        later();
        ChatId middle = fakes.privateChat(alice, carol);
        later();
        ChatId newest = fakes.privateChat(alice, dave);

        ChatListPage first = list.list(new ListChatsQuery(alice, null, 2, 0));
        assertThat(first.hasMore()).isTrue();
        assertThat(first.next()).isEqualTo(ChatListPosition.after(first.rooms().get(1)));

        ChatListPage second = list.list(new ListChatsQuery(alice, null, 2, 0, first.next()));
        assertThat(second.rooms()).extracting(ChatListItem::id).containsExactly(oldest.value());
        assertThat(second.hasMore()).isFalse();
        assertThat(second.next()).isNull();
        assertThat(first.rooms()).extracting(ChatListItem::id).containsExactly(newest.value(), middle.value());
        assertThat(list.list(new ListChatsQuery(alice, null, 3, 0)).hasMore()).isFalse();
    }

    @Test
    void outsidersSeeNoneOfTheChats() {
        fakes.privateChat(alice, bob);
        fakes.group("Team", alice, bob);
        assertThat(list(dave, "")).isEmpty();
    }

    @Test
    void lastMessageIsTheNewestLiveOne() {
        ChatId chat = fakes.privateChat(alice, bob);
        ChatAddress address = ChatAddress.privateChat(chat.value());
        assertThat(list(alice, "").get(0).lastMessage()).isNull();

        say(alice, address, "first");
        MessageView second = say(bob, address, "second");
        assertThat(list(alice, "").get(0).lastMessage()).satisfies(last -> {
            assertThat(last.text()).isEqualTo("second");
            assertThat(last.authorName()).isEqualTo("Bob");
            assertThat(last.seq()).isEqualTo(2);
        });

        deleteMessage.delete(new DeleteMessageCommand(bob, address, MessageId.of(second.id())));
        assertThat(list(alice, "").get(0).lastMessage().text()).isEqualTo("first");
    }

    @Test
    void unreadCountsOthersMessagesAfterTheReadPointer() {
        ChatId chat = fakes.privateChat(alice, bob);
        ChatAddress address = ChatAddress.privateChat(chat.value());
        say(bob, address, "one");
        MessageView two = say(bob, address, "two");
        say(bob, address, "three");

        assertThat(unread(alice)).isEqualTo(3);
        assertThat(unread(bob)).isZero();

        markRead.markRead(new MarkReadCommand(alice, address, MessageId.of(two.id())));
        assertThat(unread(alice)).isEqualTo(1);

        say(alice, address, "writing reads the chat");
        assertThat(unread(alice)).isZero();
        assertThat(unread(bob)).isEqualTo(1);
    }

    @Test
    void deletedMessagesAreNotUnread() {
        ChatId chat = fakes.privateChat(alice, bob);
        ChatAddress address = ChatAddress.privateChat(chat.value());
        say(bob, address, "one");
        MessageView oops = say(bob, address, "oops");

        deleteMessage.delete(new DeleteMessageCommand(bob, address, MessageId.of(oops.id())));

        assertThat(unread(alice)).isEqualTo(1);
    }

    @Test
    void aNewGroupMemberHasNoUnreadHistory() {
        ChatId team = fakes.group("Team", alice, bob);
        ChatAddress address = ChatAddress.group(team.value());
        say(alice, address, "before carol");
        say(bob, address, "also before");

        addMembers.add(new AddGroupMembersCommand(alice, team, List.of(carol)));
        assertThat(unread(carol)).isZero();

        say(bob, address, "welcome");
        assertThat(unread(carol)).isEqualTo(1);
    }

    @Test
    void badPagingIsInvalid() {
        assertThatThrownBy(() -> new ListChatsQuery(alice, null, 0, 0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid_limit"));
        assertThatThrownBy(() -> new ListChatsQuery(alice, null, 10, -1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid_offset"));
    }

    private List<ChatListItem> list(UserId user, String nameContains) {
        return list.list(new ListChatsQuery(user, nameContains, ListChatsQuery.DEFAULT_LIMIT, 0))
                .rooms();
    }

    private long unread(UserId user) {
        return list(user, "").get(0).unreadCount();
    }

    private MessageView say(UserId author, ChatAddress chat, String text) {
        return send.send(new SendMessageCommand(author, chat, text, null)).message();
    }

    private void later() {
        fakes.clock.advance(Duration.ofMinutes(1));
    }
}
