package io.parley.application.chat;

import java.time.Instant;
import java.util.List;
import io.parley.application.model.ParticipantView;

/** A private chat with its two members; {@code created} tells whether this request opened it. */
public record PrivateChatView(long id, String name, List<ParticipantView> members, Instant createdAt,
                              boolean created) {
}
