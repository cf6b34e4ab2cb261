package io.parley.application.port;

import io.parley.application.model.SearchHit;
import io.parley.domain.chat.ChatId;
import io.parley.domain.search.SearchText;
import io.parley.domain.user.UserId;
import java.util.List;

/** Finds live messages by their current text, only in conversations the reader is a member of at query time. */
public interface MessageSearch {
    /**
     * Live messages of {@code reader}'s conversations (of {@code chat} only, when not null) whose text contains the
     * query's words or the query as a substring, newest (highest id) first, with ids below {@code beforeId} when it
     * is not null; at most {@code limit}; deleted messages never, edited ones by their new text only.
     */
    List<SearchHit> search(UserId reader, ChatId chat, SearchText text, Long beforeId, int limit);
}
