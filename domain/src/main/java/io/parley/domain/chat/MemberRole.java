package io.parley.domain.chat;

/** A member's standing in a conversation; a group has exactly one owner, a private chat only members. */
public enum MemberRole {
    OWNER,
    MEMBER
}
