package io.parley.application.chat;

import io.parley.domain.user.UserId;

/** The actor connects their main socket and wants to know where all their conversations stand. */
public record OpenInboxQuery(UserId actor) {}
