package io.parley.domain.user;

import io.parley.domain.DomainException;

/** The profile fields a user asked to change; at least one is present. */
public record ProfileChange(Username username, DisplayName name, ProfileDescription description) {
    public ProfileChange {
        if (username == null && name == null && description == null) {
            throw DomainException.invalid("user.empty_profile_change", "give at least one field to change");
        }
    }

    public boolean changesUsername() {
        return username != null;
    }
}
