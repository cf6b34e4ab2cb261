package io.parley.domain.user;

import io.parley.domain.DomainException;

/** A password a user chooses: 8–128 characters; never logged, never stored as typed. */
public record NewPassword(String value) {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    public NewPassword {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw DomainException.invalid(
                    "user.invalid_password", "password must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "NewPassword[****]";
    }
}
