package io.parley.application.message;

import io.parley.application.model.MessageView;
import java.util.List;

/** Lists a conversation's pinned messages to its members. */
public interface ListPinnedMessagesUseCase {
    /** The pinned live messages, newest pin first, as the actor sees them; outsiders get "not found". */
    List<MessageView> list(ListPinnedMessagesQuery query);
}
