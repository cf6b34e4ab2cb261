package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The newest unread messages of others across all chats (at most 100, oldest first; seed 003). */
@Serdeable
public record UnreadMessagesPayload(String type, List<MessagePayload> messages) {}
