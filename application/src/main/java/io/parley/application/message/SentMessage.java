package io.parley.application.message;

import io.parley.application.model.MessageView;

/** The stored message; {@code replayed} is true when a retry returned the message stored by an earlier send. */
public record SentMessage(MessageView message, boolean replayed) {}
