package io.parley.application.chat;

import io.parley.application.model.ParticipantView;
import java.time.Instant;
import java.util.List;

/** A private chat with its two members; {@code created} tells whether this request opened it. */
public record PrivateChatView(
        long id, String name, List<ParticipantView> members, Instant createdAt, boolean created) {}
