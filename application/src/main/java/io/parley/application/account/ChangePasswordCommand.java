package io.parley.application.account;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;

/** A logged-in user replacing their password from {@code session} (null for a token without a session). */
public record ChangePasswordCommand(UserId user, SessionId session, String currentPassword, String newPassword) {
    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + ", session=" + session + "]";
    }
}
