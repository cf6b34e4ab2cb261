package io.parley.application.message;

import io.parley.application.model.HistoryPage;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A member reads a page of a conversation's history. */
public record ListMessagesQuery(UserId actor, ChatAddress chat, HistoryPage page) {}
