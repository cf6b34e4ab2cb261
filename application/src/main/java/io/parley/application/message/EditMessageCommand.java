package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageText;
import io.parley.domain.user.UserId;

/** The author replaces a message's text and, unless {@code mentions} is null, whom it mentions. */
public record EditMessageCommand(
        UserId actor, ChatAddress chat, MessageId message, MessageText text, Mentions mentions) {

    /** A new text; the mentions stay. */
    public EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, MessageText text) {
        this(actor, chat, message, text, null);
    }

    /** Reads the new text; {@code mentions} null keeps the message's mentions. */
    public EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, String text, Mentions mentions) {
        this(actor, chat, message, MessageText.of(text), mentions);
    }

    /** Reads the new text ({@code message.invalid_text} and the like for one no message may have). */
    public EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, String text) {
        this(actor, chat, message, MessageText.of(text));
    }
}
