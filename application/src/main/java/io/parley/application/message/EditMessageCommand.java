package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageText;
import io.parley.domain.user.UserId;

/** The author replaces a message's text. */
public record EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, MessageText text) {

    /** Reads the new text ({@code message.invalid_text} and the like for one no message may have). */
    public EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, String text) {
        this(actor, chat, message, MessageText.of(text));
    }
}
