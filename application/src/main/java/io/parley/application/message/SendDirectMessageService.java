package io.parley.application.message;

import io.parley.application.chat.OpenPrivateChatCommand;
import io.parley.application.chat.OpenPrivateChatUseCase;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.UserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatWithSelfException;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ClientIdReusedException;
import io.parley.domain.message.MessageKind;
import io.parley.domain.message.RetryOfDeletedMessageException;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;

/**
 * Opens (or finds) the private chat, then sends through the ordinary send. Everything that would refuse the send
 * (recipient, a client id used in another chat or for a deleted message; the content was read at the edge) is
 * checked before a chat is opened.
 * A file message names files uploaded to the private chat, so it needs the chat to exist already: none is opened for
 * it (400 {@code message.foreign_file}).
 */
public final class SendDirectMessageService implements SendDirectMessageUseCase {
    private final OpenPrivateChatUseCase openChat;
    private final SendMessageUseCase sendMessage;
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final UserRepository users;

    public SendDirectMessageService(
            OpenPrivateChatUseCase openChat,
            SendMessageUseCase sendMessage,
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users) {
        this.openChat = openChat;
        this.sendMessage = sendMessage;
        this.chats = chats;
        this.messages = messages;
        this.users = users;
    }

    @Override
    public SentMessage send(SendDirectMessageCommand command) {
        MessageKind kind = command.content().kind();
        ClientId clientId = command.clientId();
        if (command.actor().equals(command.recipient())) {
            throw new ChatWithSelfException();
        }
        users.findById(command.recipient()).orElseThrow(() -> new UserNotFoundException(command.recipient()));
        if (clientId != null) {
            refuseKeyThatIsNotARetryHere(command.actor(), command.recipient(), clientId);
        }
        long chat = kind == MessageKind.TEXT
                ? openChat.open(new OpenPrivateChatCommand(command.actor(), command.recipient()))
                        .id()
                : existingChat(command.actor(), command.recipient());
        return sendMessage.send(
                new SendMessageCommand(command.actor(), ChatAddress.privateChat(chat), command.content(), clientId));
    }

    private long existingChat(UserId actor, UserId recipient) {
        return chats.findPrivateBetween(actor, recipient)
                .map(chat -> chat.id().value())
                .orElseThrow(() -> DomainException.invalid(
                        "message.foreign_file",
                        "there is no chat with this user"
                                + " yet, so no file of it can be named: send text first, then upload to the chat"));
    }

    private void refuseKeyThatIsNotARetryHere(UserId actor, UserId recipient, ClientId clientId) {
        var earlier = messages.findByClientId(actor, clientId);
        if (earlier.isPresent()) {
            boolean sameChat = chats.findPrivateBetween(actor, recipient)
                    .map(PrivateChat::id)
                    .filter(earlier.get().message().chat()::equals)
                    .isPresent();
            if (!sameChat) {
                throw new ClientIdReusedException(clientId);
            }
        } else if (messages.hasUsedClientId(actor, clientId)) {
            throw new RetryOfDeletedMessageException(clientId);
        }
    }
}
