package io.parley.application.message;

import io.parley.domain.message.Message;

/** A stored message with its author's current display name. */
public record AuthoredMessage(Message message, String authorName) {
}
