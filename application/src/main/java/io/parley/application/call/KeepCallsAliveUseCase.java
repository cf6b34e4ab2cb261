package io.parley.application.call;

import io.parley.domain.chat.ChatId;
import java.util.Collection;
import java.util.Map;

/** A node tells the roster which call sessions it still holds sockets for. */
public interface KeepCallsAliveUseCase {
    void keepAlive(Map<ChatId, ? extends Collection<String>> sessionsByCall);
}
