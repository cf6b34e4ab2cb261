package io.parley.application.port;

import io.parley.domain.user.UserId;
import java.util.List;

/**
 * Who a new message is for, read under the conversation's lock: every member, and the members it brought back from
 * their archive (by id).
 */
public record MessageAudience(List<UserId> members, List<UserId> broughtBack) {
    public MessageAudience {
        members = List.copyOf(members);
        broughtBack = List.copyOf(broughtBack);
    }
}
