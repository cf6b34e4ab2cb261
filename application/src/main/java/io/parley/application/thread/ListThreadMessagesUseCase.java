package io.parley.application.thread;

import io.parley.application.message.MessageHistory;

/** Shows members the replies of a thread, paged like chat history. */
public interface ListThreadMessagesUseCase {
    /** A page of the thread's live replies by {@code thread_seq}, oldest first; outsiders get "not found". */
    MessageHistory list(ListThreadMessagesQuery query);
}
