package io.parley.application.message;

import io.parley.application.chat.OpenPrivateChatService;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The message use cases wired to the conversation fakes, with a few users to talk. */
final class Messaging {
    final ConversationFakes fakes = new ConversationFakes();
    final SendMessageUseCase send = new SendMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
    final SendDirectMessageUseCase sendDirect = new SendDirectMessageService(
            new OpenPrivateChatService(fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock),
            send,
            fakes.store,
            fakes.store,
            fakes.users);
    final ListMessagesUseCase history =
            new ListMessagesService(fakes.store, fakes.store, fakes.transactions, fakes.presence);
    final EditMessageUseCase edit = new EditMessageService(
            fakes.store, fakes.store, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
    final DeleteMessageUseCase delete = new DeleteMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    final MarkReadUseCase markRead =
            new MarkReadService(fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    final MarkUnreadUseCase markUnread =
            new MarkUnreadService(fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    final UserId alice = fakes.user("alice");
    final UserId bob = fakes.user("bob");
    final UserId carol = fakes.user("carol");
    final UserId dave = fakes.user("dave");

    ChatAddress privateChat(UserId one, UserId other) {
        return ChatAddress.privateChat(fakes.privateChat(one, other).value());
    }

    ChatAddress group(UserId owner, UserId... members) {
        return ChatAddress.group(fakes.group("Team", owner, members).value());
    }

    MessageView say(UserId author, ChatAddress chat, String text) {
        return send.send(new SendMessageCommand(author, chat, text, null)).message();
    }

    UnreadState unread(UserId reader, ChatAddress chat, MessageView from) {
        return markUnread.markUnread(new MarkUnreadCommand(reader, chat, MessageId.of(from.id())));
    }

    ReadState read(UserId reader, ChatAddress chat, MessageView upTo) {
        return markRead.markRead(new MarkReadCommand(reader, chat, MessageId.of(upTo.id())));
    }

    MessageHistory latest(UserId reader, ChatAddress chat) {
        return history.list(new ListMessagesQuery(reader, chat, new HistoryPage(HistoryPage.MAX_LIMIT, 0, null, null)));
    }
}
