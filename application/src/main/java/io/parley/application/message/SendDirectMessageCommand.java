package io.parley.application.message;

import io.parley.domain.user.UserId;

/** The actor writes to another user directly; their private chat is opened if it does not exist yet. */
public record SendDirectMessageCommand(UserId actor, UserId recipient, String text, String clientId) {
}
