package io.parley.application.group;

import io.parley.domain.user.UserId;

/** A user joins the group an invite link leads to. */
public record JoinGroupByInviteCommand(UserId actor, String token) {}
