package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** The owner makes a member an admin ({@code admin} true) or an admin a plain member again (false). */
public record ChangeGroupRoleCommand(UserId actor, ChatId group, UserId member, boolean admin) {}
