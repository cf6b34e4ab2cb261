package io.parley.application.fake;

import static io.parley.domain.testdata.GroupBuilder.aGroup;
import static io.parley.domain.testdata.UserBuilder.aUser;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.user.UserId;
import java.util.Locale;

/**
 * The out-ports the conversation use cases need, as fakes wired together: the store rolls back with the
 * transaction runner, and the publisher records whether each event went out inside a transaction.
 */
public final class ConversationFakes {
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryConversationStore store = new InMemoryConversationStore(users);
    public final ManualClock clock = new ManualClock();
    public final TrackingTransactionRunner transactions = new TrackingTransactionRunner(store);
    public final RecordingEventPublisher events = new RecordingEventPublisher(transactions);
    public final FakePresenceTracker presence = new FakePresenceTracker();

    /** Registers a user with this username, shown under the capitalised username ("alice" → "Alice"). */
    public UserId user(String username) {
        UserId id = users.nextId();
        String shown = username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
        users.add(aUser().named(username).displayed(shown).build(id));
        return id;
    }

    /** Stores a private chat directly, as if opened earlier. */
    public ChatId privateChat(UserId one, UserId other) {
        PrivateChat chat = PrivateChat.start(store.nextChatId(), one, other, clock.now());
        store.addPrivate(chat);
        return chat.id();
    }

    /** Stores a group directly, as if created earlier; members join one second apart in the order given. */
    public ChatId group(String name, UserId owner, UserId... members) {
        Group group = aGroup().named(name)
                .ownedBy(owner)
                .with(members)
                .startedAt(clock.now())
                .build(store.nextChatId());
        store.addGroup(group);
        return group.id();
    }
}
