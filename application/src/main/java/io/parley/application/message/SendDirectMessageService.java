package io.parley.application.message;

import io.parley.application.chat.OpenPrivateChatCommand;
import io.parley.application.chat.OpenPrivateChatUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageText;

/** Opens (or finds) the private chat, then sends through the ordinary send; bad text opens no chat. */
public final class SendDirectMessageService implements SendDirectMessageUseCase {
    private final OpenPrivateChatUseCase openChat;
    private final SendMessageUseCase sendMessage;

    public SendDirectMessageService(OpenPrivateChatUseCase openChat, SendMessageUseCase sendMessage) {
        this.openChat = openChat;
        this.sendMessage = sendMessage;
    }

    @Override
    public SentMessage send(SendDirectMessageCommand command) {
        MessageText.of(command.text());
        ClientId.ofNullable(command.clientId());
        long chat = openChat.open(new OpenPrivateChatCommand(command.actor(), command.recipient())).id();
        return sendMessage.send(new SendMessageCommand(command.actor(), ChatAddress.privateChat(chat), command.text(),
                command.clientId()));
    }
}
