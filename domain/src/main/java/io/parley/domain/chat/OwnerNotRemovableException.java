package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The owner cannot be removed from their group; they leave it or hand it over instead. */
public final class OwnerNotRemovableException extends DomainException {
    public OwnerNotRemovableException() {
        super(
                ErrorKind.CONFLICT,
                "group.owner_not_removable",
                "the owner cannot be removed; transfer ownership or leave the group instead");
    }
}
