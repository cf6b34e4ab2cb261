package io.parley.application.model;

import io.parley.domain.chat.ChatKind;
import java.util.Objects;

/** A message found by a search, with the kind of conversation it is in. */
public record SearchHit(AuthoredMessage message, ChatKind chatKind) {
    public SearchHit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(chatKind, "chatKind");
    }
}
