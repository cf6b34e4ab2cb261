package io.parley.application.thread;

import java.util.List;

/** Lists the threads of a conversation a member takes part in, with per-thread unread counts. */
public interface ListThreadsUseCase {
    /**
     * The threads whose participant the actor is (they started the root, replied, or marked the thread read), latest
     * reply first; outsiders get "not found".
     */
    List<ThreadItem> list(ListThreadsQuery query);
}
