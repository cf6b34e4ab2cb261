package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A change to the user's chat list or to a group: {@code chat_created}, {@code chat_deleted}, {@code added_to_group},
 * {@code removed_from_group}, {@code left_group}, {@code members_added}, {@code members_removed},
 * {@code group_changed}. {@code users} are the users added or removed; {@code group} the group's details after a change.
 */
@Serdeable
public record ChatNotificationPayload(
        String type,
        long chatId,
        @Nullable String chatType,
        List<Long> users,
        @Nullable GroupPayload group) {}
