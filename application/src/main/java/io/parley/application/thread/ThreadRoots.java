package io.parley.application.thread;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import io.parley.domain.message.NestedThreadException;
import io.parley.domain.user.UserId;

/**
 * Finds the thread a member asks about: outsiders are told the conversation does not exist, an id that is no live
 * message of it is {@link MessageNotFoundException}, and a reply in a thread starts none ({@link NestedThreadException}).
 */
final class ThreadRoots {
    private final Conversations conversations;
    private final MessageRepository messages;

    ThreadRoots(ChatRepository chats, MessageRepository messages) {
        this.conversations = new Conversations(chats);
        this.messages = messages;
    }

    /** The actor's membership and the root {@code root} names. */
    Found require(ChatAddress chat, UserId actor, MessageId root) {
        Membership member = conversations.requireMember(chat, actor);
        Message message = messages.find(member.chat(), root).orElseThrow(() -> new MessageNotFoundException(root));
        message.checkThreadRootFor(member.chat());
        return new Found(member, message);
    }

    record Found(Membership member, Message root) {}
}
