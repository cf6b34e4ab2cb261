package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.ClientFrame;
import io.parley.adapter.websocket.frame.FrameException;
import io.parley.application.chat.CheckMembershipQuery;
import io.parley.application.chat.CheckMembershipUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatNotFoundException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which chat a client frame acts on: a chat socket's own chat; on the main socket the frame's {@code chat_id} (or
 * {@code group_id}), whose kind the socket knows from its feeds or looks up for a chat it has not heard of.
 */
@Singleton
final class ChatResolver {
    private static final Logger LOG = LoggerFactory.getLogger(ChatResolver.class);
    private final CheckMembershipUseCase membership;

    ChatResolver(CheckMembershipUseCase membership) {
        this.membership = membership;
    }

    ChatAddress resolve(Connection connection, ClientFrame frame) {
        return resolve(connection, frame.chatId(), frame.chatKind(), frame.action());
    }

    ChatAddress resolve(Connection connection, Long chatId, ChatKind kind, String action) {
        if (!connection.isMain()) {
            ChatAddress scope = connection.scope();
            if (chatId != null && chatId != scope.id().value()) {
                throw new FrameException(
                        "frame.wrong_chat",
                        "this socket is for " + scope.kind().wireName() + " " + scope.id()
                                + "; send frames for other chats on the main socket");
            }
            return scope;
        }
        if (chatId == null) {
            throw new FrameException("frame.missing_field", "on the main socket a " + action + " frame needs chat_id");
        }
        ChatId id = ChatId.of(chatId);
        if (kind != null) {
            return new ChatAddress(kind, id);
        }
        ChatFeed known = connection.feed(id);
        if (known != null) {
            return known.chat();
        }
        for (ChatKind candidate : ChatKind.values()) {
            ChatAddress address = new ChatAddress(candidate, id);
            try {
                membership.check(new CheckMembershipQuery(connection.user(), address));
                return address;
            } catch (ChatNotFoundException notThisKind) {
                LOG.trace("user {} is in no {} {}", connection.user(), candidate.wireName(), id);
            }
        }
        // the same answer whether the chat is missing or the user is not in it
        throw ChatAddress.privateChat(chatId).notFound();
    }
}
