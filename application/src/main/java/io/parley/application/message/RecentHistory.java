package io.parley.application.message;

import io.parley.application.model.MessageView;
import java.util.List;

/**
 * The newest messages of a conversation, oldest first, and the change cursor they are consistent with: every change
 * after {@code cursor} is delivered live, none before it is missing from {@code messages}.
 */
public record RecentHistory(List<MessageView> messages, boolean hasMore, long cursor) {
    public RecentHistory {
        messages = List.copyOf(messages);
    }
}
