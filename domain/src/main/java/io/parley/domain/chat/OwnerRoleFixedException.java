package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The owner cannot be made or unmade an admin; ownership changes hands only by a transfer. */
public final class OwnerRoleFixedException extends DomainException {
    public OwnerRoleFixedException() {
        super(
                ErrorKind.CONFLICT,
                "group.owner_role_fixed",
                "the owner's role changes only by handing the group over (POST /group/{id}/owner)");
    }
}
