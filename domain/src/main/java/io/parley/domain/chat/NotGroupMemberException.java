package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.user.UserId;
import java.util.Collection;

/** Some of the users named are not in the group; nothing was changed. */
public final class NotGroupMemberException extends DomainException {
    public NotGroupMemberException(Collection<UserId> users) {
        super(ErrorKind.CONFLICT, "group.not_member", "not in the group: " + Ids.listed(users));
    }
}
