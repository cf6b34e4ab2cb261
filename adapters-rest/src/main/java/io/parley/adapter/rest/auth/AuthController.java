package io.parley.adapter.rest.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.user.AccountResponse;
import io.parley.adapter.rest.user.UserMapper;
import io.parley.application.account.ChangePasswordCommand;
import io.parley.application.account.ChangePasswordUseCase;
import io.parley.application.account.LogInCommand;
import io.parley.application.account.LogInUseCase;
import io.parley.application.account.LogOutCommand;
import io.parley.application.account.LogOutEverywhereCommand;
import io.parley.application.account.LogOutEverywhereUseCase;
import io.parley.application.account.LogOutUseCase;
import io.parley.application.account.RefreshSessionCommand;
import io.parley.application.account.RefreshSessionUseCase;
import io.parley.application.account.RegisterAccountCommand;
import io.parley.application.account.RegisterAccountUseCase;
import io.parley.application.account.SessionGrant;
import io.parley.application.limit.Limited;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.profile.GetProfileQuery;
import io.parley.application.profile.GetProfileUseCase;

/** Accounts and sessions: register, login, refresh, logout, password change, me. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class AuthController {
    private final RegisterAccountUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final LogOutEverywhereUseCase logOutEverywhere;
    private final GetProfileUseCase profiles;
    private final UserMapper mapper;
    private final HttpClientAddressResolver clientAddresses;
    private final ChangePasswordUseCase changePassword;
    private final TakeQuotaUseCase quotas;

    public AuthController(
            RegisterAccountUseCase register,
            LogInUseCase logIn,
            RefreshSessionUseCase refresh,
            LogOutUseCase logOut,
            LogOutEverywhereUseCase logOutEverywhere,
            GetProfileUseCase profiles,
            UserMapper mapper,
            HttpClientAddressResolver clientAddresses,
            ChangePasswordUseCase changePassword,
            TakeQuotaUseCase quotas) {
        this.quotas = quotas;
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.logOutEverywhere = logOutEverywhere;
        this.profiles = profiles;
        this.mapper = mapper;
        this.clientAddresses = clientAddresses;
        this.changePassword = changePassword;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/register")
    public HttpResponse<RegisterResponse> register(@Body RegisterRequest body, HttpRequest<?> request) {
        quotas.take(TakeQuotaCommand.byAddress(Limited.REGISTER, clientAddresses.resolve(request)));
        SessionGrant grant = register.register(new RegisterAccountCommand(
                body.username(), body.password(), body.name(), body.email(), body.description()));
        TokenResponse tokens = TokenResponse.of(grant.tokens());
        return HttpResponse.created(new RegisterResponse(
                mapper.toAccount(grant.user()),
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.tokenType(),
                tokens.expiresIn()));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/login", consumes = MediaType.APPLICATION_JSON)
    public TokenResponse login(@Body LoginRequest body, HttpRequest<?> request) {
        String address = clientAddresses.resolve(request);
        quotas.take(TakeQuotaCommand.byAddress(Limited.LOGIN, address));
        LogInCommand command = new LogInCommand(body.loginName(), body.password(), address);
        return TokenResponse.of(logIn.logIn(command).tokens());
    }

    /** Seed 002's form login ({@code username=&password=}), read by Parley's strict form reader. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public TokenResponse loginWithForm(@Body String body, HttpRequest<?> request) {
        UrlEncodedForm form = UrlEncodedForm.parse(body);
        String login = form.get("login") != null ? form.get("login") : form.get("username");
        return login(new LoginRequest(login, null, form.get("password")), request);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/refresh")
    public TokenResponse refresh(@Body RefreshRequest body) {
        return TokenResponse.of(refresh.refresh(new RefreshSessionCommand(body.refreshToken())));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/logout")
    public HttpResponse<Void> logout(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        caller.session().ifPresent(session -> logOut.logOut(new LogOutCommand(caller.user(), session)));
        return HttpResponse.noContent();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/logout-all")
    public HttpResponse<Void> logoutAll(Authentication authentication) {
        logOutEverywhere.logOutEverywhere(
                new LogOutEverywhereCommand(Caller.of(authentication).user()));
        return HttpResponse.noContent();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/password")
    public HttpResponse<Void> changePassword(@Body ChangePasswordRequest body, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        changePassword.change(new ChangePasswordCommand(
                caller.user(), caller.session().orElse(null), body.currentPassword(), body.newPassword()));
        return HttpResponse.noContent();
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/me")
    public AccountResponse me(Authentication authentication) {
        return mapper.toAccount(
                profiles.get(new GetProfileQuery(Caller.of(authentication).user())));
    }
}
