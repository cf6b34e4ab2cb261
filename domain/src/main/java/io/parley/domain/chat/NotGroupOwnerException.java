package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Only the group's owner may do this. */
public final class NotGroupOwnerException extends DomainException {
    public NotGroupOwnerException(ChatId group) {
        super(ErrorKind.FORBIDDEN, "group.not_owner", "only the owner of group " + group + " may do this");
    }
}
