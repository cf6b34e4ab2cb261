package io.parley.domain.user;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** No user has this id. */
public final class UserNotFoundException extends DomainException {
    public UserNotFoundException(UserId id) {
        super(ErrorKind.NOT_FOUND, "user.not_found", "user " + id + " does not exist");
    }
}
