package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A send's {@code forward_from}: the conversation ({@code chat_id} or {@code group_id}) and id of the original. */
@Serdeable
public record ForwardFromRequest(
        @Nullable Long chatId,
        @Nullable Long groupId,
        @Nullable Long messageId) {}
