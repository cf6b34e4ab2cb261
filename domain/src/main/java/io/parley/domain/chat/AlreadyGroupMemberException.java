package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.user.UserId;
import java.util.Collection;

/** Some of the users to add are in the group already; none was added. */
public final class AlreadyGroupMemberException extends DomainException {
    public AlreadyGroupMemberException(Collection<UserId> users) {
        super(ErrorKind.CONFLICT, "group.already_member", "already in the group: " + Ids.listed(users));
    }
}
