package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A chat socket's history on connect, oldest first; live frames continue after {@code cursor}. */
@Serdeable
public record HistoryPayload(String type, long chatId, List<MessagePayload> messages, boolean hasMore, long cursor) {}
