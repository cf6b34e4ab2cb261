package io.parley.application.port;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.HistoryPage;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.GroupDescription;
import io.parley.domain.chat.GroupName;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.Mute;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ForwardOrigin;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageText;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChatRepository} + {@link MessageRepository} pair must do; run on the fakes and on PostgreSQL. */
public abstract class ConversationStoreContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    protected ChatRepository chats;
    protected MessageRepository messages;
    protected UserRepository users;
    protected UserId alice;
    protected UserId bob;
    protected UserId carol;

    protected abstract ChatRepository chatRepository();

    protected abstract MessageRepository messageRepository();

    protected abstract UserRepository userRepository();

    /** Runs {@code work} in a transaction, as production code does. */
    protected void write(Runnable work) {
        work.run();
    }

    @BeforeEach
    void setUp() {
        chats = chatRepository();
        messages = messageRepository();
        users = userRepository();
        alice = newUser("Alice");
        bob = newUser("Bob");
        carol = newUser("Carol");
    }

    protected UserId newUser(String name) {
        String tag = name.toLowerCase()
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = aUser().named(tag)
                .displayed(name + " " + tag.substring(tag.length() - 4))
                .build(users.nextId());
        write(() -> users.add(user));
        return user.id();
    }

    protected PrivateChat privateChat(UserId one, UserId other) {
        PrivateChat chat = PrivateChat.start(chats.nextChatId(), one, other, T0);
        write(() -> chats.addPrivate(chat));
        return chat;
    }

    protected Group group(UserId owner, UserId... members) {
        Group group = Group.start(
                chats.nextChatId(), owner, GroupName.of("Team " + owner), GroupDescription.EMPTY, List.of(members), T0);
        write(() -> chats.addGroup(group));
        return group;
    }

    /**
     * Sends as the send use case does: the message takes the id, seq, cursor and time that {@code nextSeq} hands out.
     */
    protected Message send(ChatId chat, ChatKind kind, UserId author, String text, String clientId, Instant at) {
        Message[] sent = new Message[1];
        write(() -> {
            MessageSlot slot = chats.nextSeq(chat, at).orElseThrow();
            sent[0] = Message.send(
                    slot.id(),
                    new Membership(chat, kind, author, MemberRole.MEMBER),
                    slot.seq(),
                    MessageText.of(text),
                    ClientId.ofNullable(clientId),
                    slot.time());
            messages.add(sent[0], slot.cursor());
        });
        return sent[0];
    }

    @Test
    void aForwardedCopyKeepsItsFirstOriginThroughStorageAndTheOriginalHasNone() {
        PrivateChat source = privateChat(alice, bob);
        PrivateChat target = privateChat(alice, carol);
        Message original = send(source.id(), ChatKind.PRIVATE, bob, "tea?", null, T0);
        Message[] copy = new Message[1];
        write(() -> {
            MessageSlot slot = chats.nextSeq(target.id(), T0.plusSeconds(60)).orElseThrow();
            copy[0] = Message.forward(
                    slot.id(),
                    new Membership(target.id(), ChatKind.PRIVATE, alice, MemberRole.MEMBER),
                    slot.seq(),
                    new Membership(source.id(), ChatKind.PRIVATE, alice, MemberRole.MEMBER),
                    original,
                    "Bob ✓",
                    ClientId.ofNullable("fw-1"),
                    slot.time());
            messages.add(copy[0], slot.cursor());
        });

        assertThat(messages.find(target.id(), copy[0].id()).flatMap(Message::forwardedFrom))
                .contains(new ForwardOrigin(bob, "Bob ✓", original.sentAt()));
        assertThat(messages.page(target.id(), new HistoryPage(10, 0, null, null)))
                .extracting(m -> m.message().forwardedFrom().orElseThrow().author())
                .containsExactly(bob);
        assertThat(messages.find(source.id(), original.id()).flatMap(Message::forwardedFrom))
                .isEmpty();
    }

    @Test
    void aPairHasOnePrivateChatWhicheverSideOpensIt() {
        PrivateChat chat = privateChat(alice, bob);

        assertThat(chats.findPrivateBetween(bob, alice)).map(PrivateChat::id).contains(chat.id());
        assertThat(chats.findPrivate(chat.id())).isPresent();
        PrivateChat second = PrivateChat.start(chats.nextChatId(), bob, alice, T0);
        assertThatThrownBy(() -> write(() -> chats.addPrivate(second))).isInstanceOf(PrivateChatExistsException.class);
        assertThat(chats.findPrivate(second.id())).isEmpty();
    }

    @Test
    void membershipIsFoundOnlyForMembersAndOnlyUnderTheRightKind() {
        PrivateChat chat = privateChat(alice, bob);
        Group group = group(alice, bob);

        assertThat(chats.findMembership(new ChatAddress(ChatKind.PRIVATE, chat.id()), bob))
                .isPresent();
        assertThat(chats.findMembership(new ChatAddress(ChatKind.PRIVATE, chat.id()), carol))
                .isEmpty();
        assertThat(chats.findMembership(new ChatAddress(ChatKind.GROUP, chat.id()), bob))
                .isEmpty();
        assertThat(chats.findMembership(new ChatAddress(ChatKind.PRIVATE, group.id()), bob))
                .isEmpty();
        assertThat(chats.findMembership(new ChatAddress(ChatKind.GROUP, group.id()), alice))
                .map(Membership::role)
                .contains(MemberRole.OWNER);
        assertThat(chats.findGroup(chat.id())).isEmpty();
    }

    @Test
    void seqsCountUpFromOneWithoutGapsPerConversation() {
        PrivateChat one = privateChat(alice, bob);
        PrivateChat other = privateChat(alice, carol);

        assertThat(send(one.id(), ChatKind.PRIVATE, alice, "a", null, T0).seq()).isEqualTo(1);
        assertThat(send(one.id(), ChatKind.PRIVATE, bob, "b", null, T0).seq()).isEqualTo(2);
        assertThat(send(other.id(), ChatKind.PRIVATE, alice, "c", null, T0).seq())
                .isEqualTo(1);
        assertThat(send(one.id(), ChatKind.PRIVATE, alice, "d", null, T0).seq()).isEqualTo(3);
    }

    @Test
    void aSecondMessageWithTheSameSenderAndClientIdIsRefusedAndNothingIsStored() {
        PrivateChat chat = privateChat(alice, bob);
        Message first = send(chat.id(), ChatKind.PRIVATE, alice, "once", "key-1", T0);

        assertThatThrownBy(() -> send(chat.id(), ChatKind.PRIVATE, alice, "twice", "key-1", T0))
                .isInstanceOf(ClientIdTakenException.class);
        assertThat(messages.findByClientId(alice, new ClientId("key-1")))
                .map(m -> m.message().id())
                .contains(first.id());
        assertThat(send(chat.id(), ChatKind.PRIVATE, bob, "other sender", "key-1", T0)
                        .seq())
                .isEqualTo(2);
    }

    @Test
    void deletedMessagesVanishFromLookupsButKeepTheirClientId() {
        PrivateChat chat = privateChat(alice, bob);
        Message message = send(chat.id(), ChatKind.PRIVATE, alice, "oops", "key-2", T0);

        write(() -> messages.delete(chat.id(), message.id(), alice, T0.plusSeconds(1), chats.nextChange(chat.id())));

        assertThat(messages.find(chat.id(), message.id())).isEmpty();
        assertThat(messages.findByClientId(alice, new ClientId("key-2"))).isEmpty();
        assertThat(messages.hasUsedClientId(alice, new ClientId("key-2"))).isTrue();
        assertThat(messages.hasUsedClientId(bob, new ClientId("key-2"))).isFalse();
        assertThatThrownBy(() -> send(chat.id(), ChatKind.PRIVATE, alice, "again", "key-2", T0))
                .isInstanceOf(ClientIdTakenException.class);
        assertThat(messages.page(chat.id(), new HistoryPage(50, 0, null, null))).isEmpty();
    }

    @Test
    void editsAreStoredWithTheirTime() {
        PrivateChat chat = privateChat(alice, bob);
        Message message = send(chat.id(), ChatKind.PRIVATE, alice, "draft", null, T0);
        Instant later = T0.plusSeconds(60);

        write(() -> messages.update(message.edit(alice, MessageText.of("final"), later), chats.nextChange(chat.id())));

        AuthoredMessage stored = messages.findAuthored(chat.id(), message.id()).orElseThrow();
        assertThat(stored.message().text().value()).isEqualTo("final");
        assertThat(stored.message().editedAt()).contains(later);
        assertThat(stored.authorName()).startsWith("Alice");
    }

    @Test
    void historyPagesByOffsetAndByCursorOldestFirstWithOneExtraWhenMoreExist() {
        PrivateChat chat = privateChat(alice, bob);
        for (int i = 1; i <= 7; i++) {
            send(chat.id(), ChatKind.PRIVATE, i % 2 == 0 ? bob : alice, "m" + i, null, T0.plusSeconds(i));
        }

        assertThat(seqs(new HistoryPage(3, 0, null, null))).containsExactly(4L, 5L, 6L, 7L);
        assertThat(seqs(new HistoryPage(3, 5, null, null))).containsExactly(1L, 2L);
        assertThat(seqs(new HistoryPage(2, 0, 4L, null))).containsExactly(1L, 2L, 3L);
        assertThat(seqs(new HistoryPage(2, 0, null, 4L))).containsExactly(5L, 6L, 7L);
        assertThat(seqs(new HistoryPage(5, 0, 7L, 2L))).containsExactly(3L, 4L, 5L, 6L);
    }

    private List<Long> seqs(HistoryPage page) {
        ChatId chat = chats.findPrivateBetween(alice, bob).orElseThrow().id();
        return messages.page(chat, page).stream().map(m -> m.message().seq()).toList();
    }

    @Test
    void readPointersOnlyMoveForwardAndFormTheHorizon() {
        PrivateChat chat = privateChat(alice, bob);
        send(chat.id(), ChatKind.PRIVATE, alice, "1", null, T0);
        send(chat.id(), ChatKind.PRIVATE, alice, "2", null, T0);
        send(chat.id(), ChatKind.PRIVATE, alice, "3", null, T0);

        List<OptionalLong> moved = new ArrayList<>();
        write(() -> moved.add(chats.advanceReadPointer(chat.id(), bob, 2)));
        write(() -> moved.add(chats.advanceReadPointer(chat.id(), bob, 1)));
        write(() -> moved.add(chats.advanceReadPointer(chat.id(), bob, 2)));
        write(() -> moved.add(chats.advanceReadPointer(chat.id(), bob, 3)));

        assertThat(moved)
                .containsExactly(OptionalLong.of(0), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(2));
        assertThat(chats.readPointer(chat.id(), bob)).isEqualTo(3);
        assertThat(chats.readHorizon(chat.id()).readByEveryoneElse(alice, 3)).isTrue();
    }

    @Test
    void membersAddedLaterStartWithTheHistorySoFarRead() {
        Group group = group(alice, bob);
        send(group.id(), ChatKind.GROUP, alice, "before carol", null, T0);
        send(group.id(), ChatKind.GROUP, bob, "also before", null, T0);

        Group grown = group.addMembers(alice, List.of(carol), T0.plusSeconds(5));
        write(() -> chats.updateGroup(grown));

        assertThat(chats.readPointer(group.id(), carol)).isEqualTo(2);
        assertThat(chats.readPointer(group.id(), bob)).isZero();
        assertThat(chats.memberIds(group.id())).containsExactlyInAnyOrder(alice, bob, carol);
    }

    @Test
    void eachSlotHandsOutANewMessageIdThatGrowsWithTheSeq() {
        Group group = group(alice, bob);
        List<MessageSlot> slots = new ArrayList<>();
        write(() -> {
            slots.add(chats.nextSeq(group.id(), T0).orElseThrow());
            slots.add(chats.nextSeq(group.id(), T0).orElseThrow());
        });

        assertThat(slots.get(1).seq()).isEqualTo(slots.get(0).seq() + 1);
        assertThat(slots.get(1).id().value()).isGreaterThan(slots.get(0).id().value());
    }

    @Test
    void aMessagesAudienceIsEveryMemberAndBringsBackOthersWhoArchivedItUnmuted() {
        Group group = group(alice, bob, carol);
        write(() -> {
            chats.saveSettings(group.id(), alice, ChatSettings.DEFAULT.archived(true));
            chats.saveSettings(group.id(), bob, ChatSettings.DEFAULT.archived(true));
            chats.saveSettings(
                    group.id(), carol, ChatSettings.DEFAULT.archived(true).muted(Mute.indefinitely()));
        });

        List<MessageAudience> reached = new ArrayList<>();
        write(() -> reached.add(chats.messageAudience(group.id(), alice, T0)));

        assertThat(reached.get(0).members()).containsExactlyInAnyOrder(alice, bob, carol);
        assertThat(reached.get(0).broughtBack()).containsExactly(bob);
        List<Boolean> archived = new ArrayList<>();
        write(() -> {
            for (UserId member : List.of(alice, bob, carol)) {
                archived.add(chats.settingsForUpdate(group.id(), member)
                        .orElse(ChatSettings.DEFAULT)
                        .archived());
            }
        });
        // the author's own archive and a muted member's stay as they were
        assertThat(archived).containsExactly(true, false, true);
    }

    @Test
    void updatingAGroupStoresDetailsOwnershipAndRemovals() {
        Group group = group(alice, bob, carol);

        Group changed = group.changeDetails(alice, GroupName.of("Renamed"), GroupDescription.of("about"))
                .transferOwnership(alice, bob);
        write(() -> chats.updateGroup(changed));
        Group shrunk = changed.removeMembers(bob, List.of(carol));
        write(() -> chats.updateGroup(shrunk));

        Group stored = chats.findGroupForUpdate(group.id()).orElseThrow();
        assertThat(stored.name().value()).isEqualTo("Renamed");
        assertThat(stored.description().value()).isEqualTo("about");
        assertThat(stored.owner()).isEqualTo(bob);
        assertThat(stored.memberIds()).containsExactlyInAnyOrder(alice, bob);
        assertThat(chats.participants(group.id()))
                .extracting(p -> p.role())
                .containsExactlyInAnyOrder(MemberRole.OWNER, MemberRole.MEMBER);
    }

    @Test
    void deletingAConversationTakesItsMessagesAndMembersWithIt() {
        PrivateChat chat = privateChat(alice, bob);
        Message message = send(chat.id(), ChatKind.PRIVATE, alice, "bye", "key-3", T0);

        write(() -> chats.delete(chat.id()));

        assertThat(chats.findPrivate(chat.id())).isEmpty();
        assertThat(chats.findPrivateBetween(alice, bob)).isEmpty();
        assertThat(messages.find(chat.id(), message.id())).isEmpty();
        assertThat(chats.memberIds(chat.id())).isEmpty();
        assertThat(chats.listFor(alice, "", 50, 0)).isEmpty();
    }

    @Test
    void theChatListShowsNamesLastMessagesAndUnreadCountsByLatestActivity() {
        PrivateChat withBob = privateChat(alice, bob);
        Group team = group(carol, alice);
        send(withBob.id(), ChatKind.PRIVATE, bob, "hi alice", null, T0.plusSeconds(10));
        Message mine = send(withBob.id(), ChatKind.PRIVATE, alice, "hi bob", null, T0.plusSeconds(11));
        send(team.id(), ChatKind.GROUP, carol, "standup?", null, T0.plusSeconds(20));
        Message latest = send(team.id(), ChatKind.GROUP, carol, "now!", null, T0.plusSeconds(21));

        List<ChatListItem> list = chats.listFor(alice, "", 50, 0);

        assertThat(list)
                .extracting(ChatListItem::id)
                .containsExactly(team.id().value(), withBob.id().value());
        assertThat(list.get(0).kind()).isEqualTo(ChatKind.GROUP);
        assertThat(list.get(0).name()).isEqualTo(team.name().value());
        assertThat(list.get(0).unreadCount()).isEqualTo(2);
        assertThat(list.get(0).lastMessage().id()).isEqualTo(latest.id().value());
        assertThat(list.get(1).name()).startsWith("Bob");
        assertThat(list.get(1).unreadCount()).isEqualTo(1);
        assertThat(list.get(1).lastMessage().id()).isEqualTo(mine.id().value());
        assertThat(list.get(1).lastMessage().read()).isFalse();

        write(() -> chats.advanceReadPointer(withBob.id(), bob, mine.seq()));
        write(() -> chats.advanceReadPointer(withBob.id(), alice, mine.seq()));
        ChatListItem afterReading = chats.listFor(alice, "", 50, 0).get(1);
        assertThat(afterReading.unreadCount()).isZero();
        assertThat(afterReading.lastMessage().read()).isTrue();
        assertThat(chats.listFor(alice, "", 1, 1))
                .extracting(ChatListItem::id)
                .containsExactly(withBob.id().value());
    }

    @Test
    void theChatListContinuesStrictlyAfterAPositionInItsOrder() {
        PrivateChat withBob = privateChat(alice, bob);
        PrivateChat withCarol = privateChat(alice, carol);
        Group team = group(carol, alice);
        send(withBob.id(), ChatKind.PRIVATE, bob, "old", null, T0.plusSeconds(10));
        send(withCarol.id(), ChatKind.PRIVATE, carol, "newer", null, T0.plusSeconds(20));
        send(team.id(), ChatKind.GROUP, carol, "newest", null, T0.plusSeconds(30));
        ChatListItem top = chats.listFor(alice, "", 1, 0).get(0);

        assertThat(chats.listFor(alice, "", ChatListPosition.after(top), 50, 0))
                .extracting(ChatListItem::id)
                .containsExactly(withCarol.id().value(), withBob.id().value());
        send(withBob.id(), ChatKind.PRIVATE, bob, "back on top", null, T0.plusSeconds(40));
        assertThat(chats.listFor(alice, "", ChatListPosition.after(top), 50, 0))
                .extracting(ChatListItem::id)
                .containsExactly(withCarol.id().value());
        // the same time, a lower id: after the position
        assertThat(chats.listFor(
                        alice,
                        "",
                        new ChatListPosition(T0.plusSeconds(20), withCarol.id().value() + 1),
                        50,
                        0))
                .extracting(ChatListItem::id)
                .containsExactly(withCarol.id().value());
    }

    @Test
    void theChatListFindsChatsByNameCaseInsensitively() {
        PrivateChat withBob = privateChat(alice, bob);
        group(alice);

        assertThat(chats.listFor(alice, "bOB", 50, 0))
                .extracting(ChatListItem::id)
                .containsExactly(withBob.id().value());
        assertThat(chats.listFor(alice, "%", 50, 0)).isEmpty();
        assertThat(chats.listFor(alice, "team", 50, 0)).hasSize(1);
    }

    @Test
    void aChatWithoutMessagesIsListedWithoutALastMessage() {
        privateChat(alice, carol);

        ChatListItem item = chats.listFor(carol, "", 50, 0).get(0);
        assertThat(item.lastMessage()).isNull();
        assertThat(item.unreadCount()).isZero();
    }
}
