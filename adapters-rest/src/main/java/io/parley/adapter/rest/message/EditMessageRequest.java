package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Body of {@code PATCH …/messages/{messageId}}: the new text and, optionally, whom the message now mentions
 * ({@code mentions}, {@code mention_all}; both absent: the mentions stay as they were).
 */
@Serdeable
public record EditMessageRequest(
        @Nullable String text,
        @Nullable List<Long> mentions,
        @Nullable Boolean mentionAll) {}
