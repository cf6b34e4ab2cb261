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
    private final ChatRepository chats;
    private final Conversations conversations;
    private final MessageRepository messages;

    MessageTargets(ChatRepository chats, MessageRepository messages) {
        this.chats = chats;
        this.conversations = new Conversations(chats);
        this.messages = messages;
    }

    TargetMessage require(ChatAddress chat, UserId actor, MessageId id) {
        var membership = conversations.requireMember(chat, actor);
        return new TargetMessage(
                membership, messages.find(membership.chat(), id).orElseThrow(() -> new MessageNotFoundException(id)));
    }

    /**
     * Like {@link #require}, then takes the conversation's next change cursor (which locks it until commit) and
     * re-reads the message under that lock, so a change that raced this one cannot be overwritten.
     */
    ChangeTarget lockedForChange(ChatAddress chat, UserId actor, MessageId id) {
        TargetMessage target = require(chat, actor, id);
        long cursor = chats.nextChange(target.actor().chat());
        return new ChangeTarget(
                target.actor(),
                messages.find(target.actor().chat(), id).orElseThrow(() -> new MessageNotFoundException(id)),
                cursor);
    }
}
