package io.parley.application.message;

import io.parley.application.model.MessageView;
import java.util.List;

/** A page of messages, oldest first; {@code hasMore} tells whether more exist in the direction read. */
public record MessageHistory(List<MessageView> messages, boolean hasMore) {}
