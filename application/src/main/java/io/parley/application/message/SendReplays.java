package io.parley.application.message;

import io.parley.application.commit.AfterCommit;
import io.parley.application.event.MessageSent;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ClientIdReusedException;
import io.parley.domain.user.UserId;
import java.util.Optional;

/** A send's retry with a client id already used: answered with the stored message, never stored twice. */
final class SendReplays {
    private final ChatRepository chats;
    private final MessageRepository messages;

    SendReplays(ChatRepository chats, MessageRepository messages) {
        this.chats = chats;
        this.messages = messages;
    }

    /**
     * The stored message a retry names, answered as a replay. Its events go out again while nothing has changed it
     * since: the original's may have been lost between commit and publish (a node dying there), and sockets that had
     * them drop the repeat by its cursor; a later change published its own. A key used in another chat is refused.
     */
    Optional<SentMessage> replay(
            ChatAddress chat, UserId sender, ClientId clientId, Boolean senderOnline, AfterCommit after) {
        if (clientId == null) {
            return Optional.empty();
        }
        return messages.findByClientId(sender, clientId).map(original -> {
            if (!original.message().chat().equals(chat.id())) {
                throw new ClientIdReusedException(clientId);
            }
            MessageView view = AuthorPresence.marked(
                    MessageViews.of(original, chat.kind(), chats.readHorizon(chat.id())), senderOnline);
            messages.creationCursorIfUnchanged(chat.id(), original.message().id())
                    .ifPresent(cursor -> after.publish(new MessageSent(view, cursor, chats.memberIds(chat.id()))));
            return new SentMessage(view.forViewer(sender.value()), true);
        });
    }
}
