package io.parley.application.chat;

import io.parley.domain.chat.Membership;

/** Lets a member in and tells anyone else that the conversation does not exist (before a socket opens on it). */
public interface CheckMembershipUseCase {
    /** The actor's membership; throws {@code ChatNotFoundException} for outsiders and missing conversations. */
    Membership check(CheckMembershipQuery query);
}
