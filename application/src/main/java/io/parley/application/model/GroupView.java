package io.parley.application.model;

import java.time.Instant;

/** A group's public details. */
public record GroupView(long id, String name, String description, long ownerId, int memberCount, Instant createdAt) {}
