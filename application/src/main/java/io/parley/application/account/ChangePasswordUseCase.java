package io.parley.application.account;

/** Replaces a user's password after checking the current one. */
public interface ChangePasswordUseCase {
    /** Stores the new password and logs out every other session of the user; on a rejection nothing changes. */
    void change(ChangePasswordCommand command);
}
