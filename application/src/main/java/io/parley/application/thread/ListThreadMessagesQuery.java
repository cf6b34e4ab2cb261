package io.parley.application.thread;

import io.parley.application.model.HistoryPage;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The actor asks for a page of the thread of {@code root}; the page's seqs are {@code thread_seq}s. */
public record ListThreadMessagesQuery(UserId actor, ChatAddress chat, MessageId root, HistoryPage page) {}
