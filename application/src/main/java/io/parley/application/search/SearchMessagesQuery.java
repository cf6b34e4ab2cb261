package io.parley.application.search;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/**
 * A member searches for {@code text} in all their conversations ({@code chat} null) or in one; {@code beforeId} is
 * the previous page's cursor (null for the first page); {@code limit} null means the default page size.
 */
public record SearchMessagesQuery(UserId actor, ChatAddress chat, String text, Integer limit, Long beforeId) {}
