package io.parley.application.chat;

import io.parley.application.commit.AfterCommit;
import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ChatCreated;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.PrivateChatExistsException;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatWithSelfException;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.user.UserNotFoundException;
import java.util.List;
import java.util.Optional;

/** Returns the pair's existing chat, or creates it; two racing openers end up with the same chat. */
public final class OpenPrivateChatService implements OpenPrivateChatUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final CommitThenPublish commits;
    private final Clock clock;

    public OpenPrivateChatService(
            ChatRepository chats,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.users = users;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public PrivateChatView open(OpenPrivateChatCommand command) {
        if (command.actor().equals(command.other())) {
            throw new ChatWithSelfException();
        }
        PrivateChatView view;
        try {
            view = commits.run(after -> findOrCreate(command, after));
        } catch (PrivateChatExistsException race) {
            view = commits.run(after -> findOrCreate(command, after));
        }
        return view;
    }

    private PrivateChatView findOrCreate(OpenPrivateChatCommand command, AfterCommit after) {
        users.findById(command.other()).orElseThrow(() -> new UserNotFoundException(command.other()));
        Optional<PrivateChat> existing = chats.findPrivateBetween(command.actor(), command.other());
        if (existing.isPresent()) {
            return PrivateChatViews.of(existing.get(), command.actor(), chats, false);
        }
        PrivateChat chat = PrivateChat.start(chats.nextChatId(), command.actor(), command.other(), clock.now());
        chats.addPrivate(chat);
        after.publish(new ChatCreated(chat.id(), ChatKind.PRIVATE, List.of(command.actor(), command.other())));
        return PrivateChatViews.of(chat, command.actor(), chats, true);
    }
}
