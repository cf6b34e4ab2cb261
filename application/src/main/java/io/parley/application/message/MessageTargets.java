package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.user.UserId;

/** Finds the message an action names: outsiders get "chat not found", members a missing message "message not found". */
final class MessageTargets {
    private final Conversations conversations;
    private final MessageRepository messages;

    MessageTargets(ChatRepository chats, MessageRepository messages) {
        this.conversations = new Conversations(chats);
        this.messages = messages;
    }

    TargetMessage require(ChatAddress chat, UserId actor, MessageId id) {
        var membership = conversations.requireMember(chat, actor);
        return new TargetMessage(membership, messages.find(membership.chat(), id)
                .orElseThrow(() -> new MessageNotFoundException(id)));
    }
}
