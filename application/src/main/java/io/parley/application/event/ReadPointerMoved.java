package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A member has now read everything up to {@code seq} (pointers only move forward). */
public record ReadPointerMoved(ChatId chat, UserId reader, long seq, List<UserId> audience) implements ChatEvent {
}
