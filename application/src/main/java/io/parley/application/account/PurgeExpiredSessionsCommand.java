package io.parley.application.account;

/** Asks for dead sessions and expired refresh tokens to be deleted. */
public record PurgeExpiredSessionsCommand() {}
