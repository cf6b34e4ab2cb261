package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** The owner removes members from the group. */
public record RemoveGroupMembersCommand(UserId actor, ChatId group, List<UserId> users) {}
