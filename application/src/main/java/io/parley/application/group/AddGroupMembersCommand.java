package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** The owner adds users to the group. */
public record AddGroupMembersCommand(UserId actor, ChatId group, List<UserId> users) {}
