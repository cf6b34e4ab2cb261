package io.parley.application.media;

import io.parley.application.Paging;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A member lists a conversation's files, newest first. */
public record ListMediaQuery(UserId actor, ChatAddress chat, int limit, long offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public ListMediaQuery {
        Paging.check(limit, MAX_LIMIT, offset);
    }
}
