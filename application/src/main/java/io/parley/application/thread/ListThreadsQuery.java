package io.parley.application.thread;

import io.parley.application.Paging;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** The actor asks for the threads of a conversation they take part in, {@code limit} from {@code offset}. */
public record ListThreadsQuery(UserId actor, ChatAddress chat, int limit, long offset) {
    public static final int MAX_LIMIT = 100;

    public ListThreadsQuery {
        Paging.check(limit, MAX_LIMIT, offset);
    }
}
