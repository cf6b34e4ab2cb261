package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.adapter.security.SecuritySettings;
import io.parley.application.account.ChangePasswordService;
import io.parley.application.account.ChangePasswordUseCase;
import io.parley.application.account.LogInService;
import io.parley.application.account.LogInUseCase;
import io.parley.application.account.LogOutEverywhereService;
import io.parley.application.account.LogOutEverywhereUseCase;
import io.parley.application.account.LogOutService;
import io.parley.application.account.LogOutUseCase;
import io.parley.application.account.PurgeExpiredSessionsService;
import io.parley.application.account.PurgeExpiredSessionsUseCase;
import io.parley.application.account.RefreshSessionService;
import io.parley.application.account.RefreshSessionUseCase;
import io.parley.application.account.RegisterAccountService;
import io.parley.application.account.RegisterAccountUseCase;
import io.parley.application.account.SessionStarter;
import io.parley.application.account.VerifySessionService;
import io.parley.application.account.VerifySessionUseCase;
import io.parley.application.port.AccessTokenIssuer;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.PasswordHasher;
import io.parley.application.port.SessionRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.application.profile.GetProfileService;
import io.parley.application.profile.GetProfileUseCase;
import io.parley.application.profile.SearchUsersService;
import io.parley.application.profile.SearchUsersUseCase;
import io.parley.application.profile.UpdateProfileService;
import io.parley.application.profile.UpdateProfileUseCase;
import jakarta.inject.Singleton;

/** Turns the framework-free application services into beans, each exposed only as its in-port. */
@Factory
final class UseCaseFactory {

    @Singleton
    Clock clock() {
        return new SystemClock();
    }

    @Singleton
    SessionStarter sessionStarter(
            SessionRepository sessions,
            AccessTokenIssuer tokens,
            Clock clock,
            SecuritySettings settings,
            LimitSettings limits) {
        return new SessionStarter(sessions, tokens, clock, settings.refreshTokenTtl(), limits.sessionsPerUser());
    }

    @Singleton
    RegisterAccountUseCase registerAccount(
            UserRepository users,
            PasswordHasher hasher,
            SessionStarter starter,
            TransactionRunner transactions,
            Clock clock) {
        return new RegisterAccountService(users, hasher, starter, transactions, clock);
    }

    @Singleton
    LogInUseCase logIn(
            UserRepository users,
            PasswordHasher hasher,
            SessionStarter starter,
            TransactionRunner transactions,
            EventPublisher events,
            LoginThrottle throttle) {
        return new LogInService(users, hasher, starter, transactions, events, throttle);
    }

    @Singleton
    RefreshSessionUseCase refreshSession(
            SessionRepository sessions,
            SessionStarter starter,
            EventPublisher events,
            TransactionRunner transactions,
            Clock clock) {
        return new RefreshSessionService(sessions, starter, events, transactions, clock);
    }

    @Singleton
    ChangePasswordUseCase changePassword(
            UserRepository users,
            SessionRepository sessions,
            EventPublisher events,
            PasswordHasher hasher,
            TransactionRunner transactions,
            Clock clock,
            LoginThrottle throttle) {
        return new ChangePasswordService(users, sessions, events, hasher, transactions, clock, throttle);
    }

    @Singleton
    LogOutUseCase logOut(
            SessionRepository sessions, TransactionRunner transactions, EventPublisher events, Clock clock) {
        return new LogOutService(sessions, transactions, events, clock);
    }

    @Singleton
    LogOutEverywhereUseCase logOutEverywhere(
            SessionRepository sessions, TransactionRunner transactions, EventPublisher events, Clock clock) {
        return new LogOutEverywhereService(sessions, transactions, events, clock);
    }

    @Singleton
    PurgeExpiredSessionsUseCase purgeExpiredSessions(SessionRepository sessions, Clock clock) {
        return new PurgeExpiredSessionsService(sessions, clock);
    }

    @Singleton
    VerifySessionUseCase verifySession(SessionRepository sessions) {
        return new VerifySessionService(sessions);
    }

    @Singleton
    GetProfileUseCase getProfile(UserRepository users) {
        return new GetProfileService(users);
    }

    @Singleton
    UpdateProfileUseCase updateProfile(UserRepository users, TransactionRunner transactions) {
        return new UpdateProfileService(users, transactions);
    }

    @Singleton
    SearchUsersUseCase searchUsers(UserRepository users) {
        return new SearchUsersService(users);
    }
}
