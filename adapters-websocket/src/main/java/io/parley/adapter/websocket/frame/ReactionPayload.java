package io.parley.adapter.websocket.frame;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.MessageJson;
import io.parley.application.event.ReactionChange;
import io.parley.application.model.MessageView;

/**
 * A {@code message} frame of type {@code reaction}: the message as it is now (its {@code reactions} with
 * {@code mine} for the receiving user) and what changed ({@code reaction}: who added or removed which emoji).
 */
@Serdeable
public record ReactionPayload(
        @JsonUnwrapped MessageJson message, String chatType, String type, long cursor, Change reaction) {

    /** Who ({@code user_id}) {@code added} or {@code removed} ({@code action}) which {@code emoji}. */
    @Serdeable
    public record Change(long userId, String emoji, String action) {}

    static ReactionPayload of(MessageView view, ReactionChange change, long cursor) {
        return new ReactionPayload(
                MessageJson.of(view),
                view.chatKind().wireName(),
                "reaction",
                cursor,
                new Change(change.userId(), change.emoji(), change.added() ? "added" : "removed"));
    }
}
