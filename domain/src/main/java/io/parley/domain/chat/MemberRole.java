package io.parley.domain.chat;

/**
 * A member's standing in a conversation; a group has exactly one owner, any number of admins, and members; a private
 * chat only members.
 */
public enum MemberRole {
    OWNER,
    ADMIN,
    MEMBER;

    /**
     * The one "owner or admin" rule: whether this role moderates a group (adds and removes members, renames it, changes
     * its picture, manages invite links, pins, mentions everyone); deleting it and handing it over stay the owner's.
     */
    public boolean moderates() {
        return this == OWNER || this == ADMIN;
    }
}
