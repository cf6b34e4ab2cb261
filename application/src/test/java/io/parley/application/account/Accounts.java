package io.parley.application.account;

import io.parley.application.fake.CountingAccessTokenIssuer;
import io.parley.application.fake.ImmediateTransactionRunner;
import io.parley.application.fake.InMemorySessionRepository;
import io.parley.application.fake.InMemoryUserRepository;
import io.parley.application.fake.ManualClock;
import io.parley.application.fake.PlainPasswordHasher;
import io.parley.application.fake.RecordingEventPublisher;
import io.parley.application.fake.ThresholdLoginThrottle;
import io.parley.application.fake.TrackingTransactionRunner;
import java.time.Duration;

/** The account use cases wired to in-memory fakes. */
final class Accounts {
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    static final int MAX_SESSIONS = 3;
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final PlainPasswordHasher hasher = new PlainPasswordHasher();
    final ManualClock clock = new ManualClock();
    final ImmediateTransactionRunner transactions = new ImmediateTransactionRunner();
    final SessionStarter starter =
            new SessionStarter(sessions, new CountingAccessTokenIssuer(), clock, REFRESH_LIFETIME, MAX_SESSIONS);
    final RegisterAccountUseCase register = new RegisterAccountService(users, hasher, starter, transactions, clock);
    final ThresholdLoginThrottle throttle = new ThresholdLoginThrottle(3);
    final RecordingEventPublisher events = new RecordingEventPublisher(new TrackingTransactionRunner());
    final LogInUseCase logIn = new LogInService(users, hasher, starter, transactions, events, throttle);
    final RefreshSessionUseCase refresh = new RefreshSessionService(sessions, starter, events, transactions, clock);
    final LogOutUseCase logOut = new LogOutService(sessions, transactions, events, clock);
    final LogOutEverywhereUseCase logOutEverywhere = new LogOutEverywhereService(sessions, transactions, events, clock);
    final VerifySessionUseCase verify = new VerifySessionService(sessions);

    SessionGrant registerAlice() {
        return register.register(
                new RegisterAccountCommand("alice", "correct horse", "Alice", "alice@example.org", null));
    }
}
