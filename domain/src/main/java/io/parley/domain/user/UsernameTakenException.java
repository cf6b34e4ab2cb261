package io.parley.domain.user;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Another account already uses this username (compared case-insensitively). */
public final class UsernameTakenException extends DomainException {
    public UsernameTakenException(Username username) {
        super(ErrorKind.CONFLICT, "user.username_taken", "username '" + username + "' is already taken");
    }
}
