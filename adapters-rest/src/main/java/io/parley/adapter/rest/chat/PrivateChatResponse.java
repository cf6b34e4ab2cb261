package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.chat.PrivateChatView;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/chat/{id}/info}: the chat, named after the other member, with both members. */
@Serdeable
public record PrivateChatResponse(long id, String type, String name, List<MemberResponse> members, Instant createdAt) {
    public static PrivateChatResponse of(PrivateChatView view) {
        return new PrivateChatResponse(
                view.id(),
                "private",
                view.name(),
                view.members().stream().map(MemberResponse::of).toList(),
                view.createdAt());
    }
}
