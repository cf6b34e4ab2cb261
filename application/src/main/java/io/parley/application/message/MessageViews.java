package io.parley.application.message;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.MessageView;
import io.parley.application.model.ThreadView;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.Message;
import io.parley.domain.message.ReadHorizon;

/** Turns stored messages into what members see, with the read flag taken from the conversation's read horizon. */
public final class MessageViews {
    private MessageViews() {}

    public static MessageView of(Message message, String authorName, ChatKind kind, ReadHorizon horizon) {
        return MessageView.of(message, authorName, kind, horizon.readByEveryoneElse(message.author(), message.seq()));
    }

    public static MessageView of(AuthoredMessage authored, ChatKind kind, ReadHorizon horizon) {
        Message message = authored.message();
        return MessageView.of(
                        message,
                        authored.authorName(),
                        kind,
                        horizon.readByEveryoneElse(message.author(), message.seq()),
                        authored.files())
                .withExtras(authored.quote(), authored.reactions())
                .withPin(authored.pin())
                .withThread(threadOf(authored));
    }

    /** A reply's place in its thread, or a root's summary (null: neither). */
    private static ThreadView threadOf(AuthoredMessage authored) {
        return authored.message().thread().isPresent()
                ? ThreadView.of(authored.message().thread().get())
                : ThreadView.root(authored.thread());
    }
}
