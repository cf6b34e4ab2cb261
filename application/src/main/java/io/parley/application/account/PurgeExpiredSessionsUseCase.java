package io.parley.application.account;

/** Keeps the session store from growing with every refresh: expired tokens and dead sessions are deleted. */
public interface PurgeExpiredSessionsUseCase {
    /** Deletes what can no longer be used; returns the number of sessions deleted. Safe to run on every node. */
    int purge(PurgeExpiredSessionsCommand command);
}
