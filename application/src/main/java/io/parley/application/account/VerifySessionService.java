package io.parley.application.account;

import io.parley.application.port.SessionRepository;

/** Answers whether an access token's session is still open. */
public final class VerifySessionService implements VerifySessionUseCase {
    private final SessionRepository sessions;

    public VerifySessionService(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isActive(VerifySessionQuery query) {
        return sessions.isActive(query.session(), query.user());
    }
}
