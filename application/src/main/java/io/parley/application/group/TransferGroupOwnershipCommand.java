package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** The owner hands the group to another member. */
public record TransferGroupOwnershipCommand(UserId actor, ChatId group, UserId newOwner) {}
