package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.AckPayload;
import io.parley.adapter.websocket.frame.ClientFrame;
import io.parley.adapter.websocket.frame.ClientFrameReader;
import io.parley.adapter.websocket.frame.ErrorPayload;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameException;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.SocketLimitSettings;
import io.parley.adapter.wire.IncomingMessages;
import io.parley.application.chat.ChangeChatSettingsCommand;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.application.limit.Limited;
import io.parley.application.limit.QuotaExceededException;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.message.DeleteMessageCommand;
import io.parley.application.message.DeleteMessageUseCase;
import io.parley.application.message.EditMessageCommand;
import io.parley.application.message.EditMessageUseCase;
import io.parley.application.message.ForwardSource;
import io.parley.application.message.MarkReadCommand;
import io.parley.application.message.MarkReadUseCase;
import io.parley.application.message.MarkUnreadCommand;
import io.parley.application.message.MarkUnreadUseCase;
import io.parley.application.message.PinMessageCommand;
import io.parley.application.message.PinMessageUseCase;
import io.parley.application.message.ReactToMessageCommand;
import io.parley.application.message.ReactToMessageUseCase;
import io.parley.application.message.ReadState;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageUseCase;
import io.parley.application.message.SentMessage;
import io.parley.application.message.UnreadState;
import io.parley.application.model.MessageView;
import io.parley.application.port.OutageDetector;
import io.parley.application.thread.MarkThreadReadCommand;
import io.parley.application.thread.MarkThreadReadUseCase;
import io.parley.application.thread.ThreadReadState;
import io.parley.domain.DomainException;
import io.parley.domain.ServiceUnavailableException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on client frames through the same use cases as REST. The author is always the socket's user. Every action
 * that changes state is answered with an {@code ack} or an {@code error} frame; a bad frame never closes the socket.
 * Sends and typing frames count against the user's rate limits first; a socket that keeps sending refused frames is
 * closed with 1008.
 */
@Singleton
final class ActionDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ActionDispatcher.class);
    private final OutageDetector outages;
    private final ClientFrameReader reader;
    private final FrameEncoder encoder;
    private final ChatResolver chats;
    private final SendMessageUseCase send;
    private final MarkReadUseCase markRead;
    private final MarkUnreadUseCase markUnread;
    private final MarkThreadReadUseCase markThreadRead;
    private final EditMessageUseCase edit;
    private final DeleteMessageUseCase delete;
    private final ReactToMessageUseCase reactions;
    private final PinMessageUseCase pins;
    private final ChangeChatSettingsUseCase chatSettings;
    private final TypingIndicators typing;
    private final Resumption resumption;
    private final TakeQuotaUseCase quotas;
    private final SocketLimitSettings limits;
    private final Terminator terminator;

    ActionDispatcher(
            ClientFrameReader reader,
            FrameEncoder encoder,
            ChatResolver chats,
            SendMessageUseCase send,
            MarkReadUseCase markRead,
            MarkUnreadUseCase markUnread,
            MarkThreadReadUseCase markThreadRead,
            EditMessageUseCase edit,
            DeleteMessageUseCase delete,
            ReactToMessageUseCase reactions,
            PinMessageUseCase pins,
            ChangeChatSettingsUseCase chatSettings,
            TypingIndicators typing,
            Resumption resumption,
            TakeQuotaUseCase quotas,
            SocketLimitSettings limits,
            Terminator terminator,
            OutageDetector outages) {
        this.outages = outages;
        this.quotas = quotas;
        this.limits = limits;
        this.terminator = terminator;
        this.reader = reader;
        this.encoder = encoder;
        this.chats = chats;
        this.send = send;
        this.markRead = markRead;
        this.markUnread = markUnread;
        this.markThreadRead = markThreadRead;
        this.edit = edit;
        this.delete = delete;
        this.reactions = reactions;
        this.pins = pins;
        this.chatSettings = chatSettings;
        this.typing = typing;
        this.resumption = resumption;
    }

    /** Handles one text frame of the client. */
    void handle(Connection connection, String text) {
        ClientFrame frame = null;
        try {
            frame = reader.read(text);
            dispatch(connection, frame);
        } catch (DomainException refused) {
            if (refused instanceof QuotaExceededException
                    && connection.refusedByRateLimit() >= limits.socketRefusalsBeforeClose()) {
                terminator.close(connection, CloseCodes.POLICY, "rate limited; slow down");
                return;
            }
            ClientFrame known = frame != null ? frame : reader.bestEffort(text);
            connection.reply(encoder.frame(
                    FrameType.ERROR,
                    ErrorPayload.of(
                            refused,
                            known == null ? null : known.action(),
                            known == null ? null : known.clientId(),
                            known == null ? null : known.chatId())));
        } catch (RuntimeException e) {
            ServiceUnavailableException unavailable = outages.unavailable(e).orElse(null);
            if (unavailable != null) {
                // as over REST: a 503 kind of refusal, retried by the client (with its client_id), one line in the log
                LOG.warn(
                        "a {} frame of user {} failed: {}",
                        frame == null ? "malformed" : frame.action(),
                        connection.user(),
                        e.toString());
                connection.reply(encoder.frame(
                        FrameType.ERROR,
                        ErrorPayload.of(
                                unavailable,
                                frame == null ? null : frame.action(),
                                frame == null ? null : frame.clientId(),
                                frame == null ? null : frame.chatId())));
                return;
            }
            LOG.error(
                    "a {} frame of user {} failed", frame == null ? "malformed" : frame.action(), connection.user(), e);
            connection.reply(encoder.frame(
                    FrameType.ERROR,
                    new ErrorPayload(
                            "server.error",
                            ErrorPayload.SERVER_KIND,
                            "the server could not handle this frame; try again",
                            frame == null ? null : frame.action(),
                            frame == null ? null : frame.clientId(),
                            frame == null ? null : frame.chatId(),
                            null)));
        }
    }

    private void dispatch(Connection connection, ClientFrame frame) {
        limit(connection, frame.action());
        switch (frame.action()) {
            case "message", "with_files", "audio_message", "video_message" -> sendMessage(connection, frame);
            case "typing" -> typing.started(connection, chats.resolve(connection, frame));
            case "stop_typing" -> typing.stopped(connection, chats.resolve(connection, frame), true);
            case "read" -> read(connection, frame);
            case "unread" -> unread(connection, frame);
            case "thread_read" -> threadRead(connection, frame);
            case "update" -> update(connection, frame);
            case "delete" -> remove(connection, frame);
            case "resume" -> resumption.resume(connection, frame);
            case "react", "unreact" -> react(connection, frame);
            case "pin", "unpin" -> pin(connection, frame);
            case "chat_settings" -> settings(connection, frame);
            default -> throw new FrameException("frame.unknown_type", "unknown frame type: " + frame.action());
        }
    }

    /** Counts a send or typing frame against the user's rate limit, before anything about its chat is looked up. */
    private void limit(Connection connection, String action) {
        Limited limited = switch (action) {
            case "message", "with_files", "audio_message", "video_message", "react", "unreact", "pin", "unpin" ->
                Limited.SEND;
            case "typing", "stop_typing" -> Limited.TYPING;
            default -> null;
        };
        if (limited != null) {
            quotas.take(TakeQuotaCommand.byUser(limited, connection.user()));
            connection.passedRateLimit();
        }
    }

    private void sendMessage(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        ClientFrame.ForwardRef from = frame.forwardFrom();
        ForwardSource forward =
                from == null ? null : IncomingMessages.forward(true, from.chatId(), from.groupId(), from.messageId());
        boolean plain = frame.action().equals("message");
        // a file message's text is an optional caption; a forward has none of its own
        String text = plain && forward == null ? frame.requireText() : frame.text();
        typing.stopped(connection, chat, false);
        SentMessage sent = send.send(new SendMessageCommand(
                connection.user(),
                chat,
                IncomingMessages.content(frame.action(), text, frame.fileUrls(), forward),
                ClientId.ofNullable(frame.clientId()),
                frame.replyTo() == null ? null : MessageId.of(frame.replyTo()),
                IncomingMessages.mentions(frame.mentions(), frame.mentionAll()),
                forward,
                frame.threadRoot() == null ? null : MessageId.of(frame.threadRoot())));
        MessageView message = sent.message();
        ack(connection, frame, chat, message.id(), message.seq(), sent.replayed());
    }

    private void read(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        ReadState state = markRead.markRead(new MarkReadCommand(connection.user(), chat, MessageId.of(id)));
        ack(connection, frame, chat, id, state.readSeq(), false);
    }

    private void threadRead(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long root = frame.requireMessageId();
        ThreadReadState state = markThreadRead.markRead(
                new MarkThreadReadCommand(connection.user(), chat, MessageId.of(root), frame.threadSeq()));
        ack(connection, frame, chat, root, state.readThreadSeq(), false);
    }

    private void unread(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        UnreadState state = markUnread.markUnread(new MarkUnreadCommand(connection.user(), chat, MessageId.of(id)));
        ack(connection, frame, chat, id, state.readSeq(), false);
    }

    private void update(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        MessageView edited = edit.edit(new EditMessageCommand(
                connection.user(),
                chat,
                MessageId.of(id),
                frame.requireText(),
                IncomingMessages.mentions(frame.mentions(), frame.mentionAll())));
        ack(connection, frame, chat, id, edited.seq(), false);
    }

    private void remove(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        delete.delete(new DeleteMessageCommand(connection.user(), chat, MessageId.of(id)));
        ack(connection, frame, chat, id, null, false);
    }

    private void react(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        if (frame.emoji() == null) {
            throw new FrameException("frame.missing_field", "a " + frame.action() + " frame needs an emoji");
        }
        MessageView reacted = reactions.react(new ReactToMessageCommand(
                connection.user(),
                chat,
                MessageId.of(id),
                frame.emoji(),
                frame.action().equals("react")));
        ack(connection, frame, chat, id, reacted.seq(), false);
    }

    private void pin(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        long id = frame.requireMessageId();
        MessageView pinned = pins.pin(new PinMessageCommand(
                connection.user(), chat, MessageId.of(id), frame.action().equals("pin")));
        ack(connection, frame, chat, id, pinned.seq(), false);
    }

    private void settings(Connection connection, ClientFrame frame) {
        ChatAddress chat = chats.resolve(connection, frame);
        chatSettings.change(new ChangeChatSettingsCommand(connection.user(), chat, frame.mute(), frame.archived()));
        // a settings change names no message: the ack carries neither id nor seq
        connection.reply(encoder.frame(
                FrameType.ACK,
                new AckPayload(frame.action(), frame.clientId(), chat.id().value(), null, null, false, null)));
    }

    private void ack(Connection connection, ClientFrame frame, ChatAddress chat, long id, Long seq, boolean replayed) {
        connection.reply(encoder.frame(
                FrameType.ACK,
                new AckPayload(frame.action(), frame.clientId(), chat.id().value(), id, seq, replayed, null)));
    }
}
