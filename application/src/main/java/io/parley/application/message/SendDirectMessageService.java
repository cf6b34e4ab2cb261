package io.parley.application.message;

import io.parley.application.chat.OpenPrivateChatCommand;
import io.parley.application.chat.OpenPrivateChatUseCase;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ClientIdReusedException;
import io.parley.domain.message.MessageText;
import io.parley.domain.user.UserId;

/**
 * Opens (or finds) the private chat, then sends through the ordinary send. Bad text, or a client id already used in
 * another chat, is refused before any chat is opened.
 */
public final class SendDirectMessageService implements SendDirectMessageUseCase {
    private final OpenPrivateChatUseCase openChat;
    private final SendMessageUseCase sendMessage;
    private final ChatRepository chats;
    private final MessageRepository messages;

    public SendDirectMessageService(OpenPrivateChatUseCase openChat, SendMessageUseCase sendMessage,
                                    ChatRepository chats, MessageRepository messages) {
        this.openChat = openChat;
        this.sendMessage = sendMessage;
        this.chats = chats;
        this.messages = messages;
    }

    @Override
    public SentMessage send(SendDirectMessageCommand command) {
        MessageText.of(command.text());
        ClientId clientId = ClientId.ofNullable(command.clientId());
        if (clientId != null) {
            refuseKeyUsedElsewhere(command.actor(), command.recipient(), clientId);
        }
        long chat = openChat.open(new OpenPrivateChatCommand(command.actor(), command.recipient())).id();
        return sendMessage.send(new SendMessageCommand(command.actor(), ChatAddress.privateChat(chat), command.text(),
                command.clientId()));
    }

    private void refuseKeyUsedElsewhere(UserId actor, UserId recipient, ClientId clientId) {
        messages.findByClientId(actor, clientId).ifPresent(earlier -> {
            boolean sameChat = chats.findPrivateBetween(actor, recipient).map(PrivateChat::id)
                    .filter(earlier.message().chat()::equals).isPresent();
            if (!sameChat) {
                throw new ClientIdReusedException(clientId);
            }
        });
    }
}
