package io.parley.application.chat;

/** Gives a connecting user the state of all their conversations at once. */
public interface OpenInboxUseCase {
    Inbox open(OpenInboxQuery query);
}
