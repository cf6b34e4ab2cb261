package io.parley.application.event;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * Login sessions of a user ended (logout, logout everywhere, a password change, a reused refresh token): only
 * {@code only} if set, otherwise every session but {@code except} (which may be null: all of them). Sockets opened
 * with an ended session close.
 */
public record SessionsEnded(UserId user, SessionId only, SessionId except) implements Event {

    /** One session ended. */
    public static SessionsEnded one(UserId user, SessionId session) {
        return new SessionsEnded(user, session, null);
    }

    /** Every session of the user ended, but {@code except} if it is not null. */
    public static SessionsEnded allBut(UserId user, SessionId except) {
        return new SessionsEnded(user, null, except);
    }

    /** True if a socket opened with {@code session} must close (a socket without a session id counts as ended). */
    public boolean ends(SessionId session) {
        if (only != null) {
            return only.equals(session);
        }
        return except == null || !except.equals(session);
    }

    @Override
    public List<UserId> audience() {
        return List.of(user);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.sessionsEnded(this);
    }
}
