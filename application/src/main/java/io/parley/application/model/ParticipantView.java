package io.parley.application.model;

import io.parley.domain.chat.MemberRole;
import java.time.Instant;

/** A member of a conversation as other members see them. */
public record ParticipantView(long id, String username, String name, MemberRole role, Instant joinedAt) {}
