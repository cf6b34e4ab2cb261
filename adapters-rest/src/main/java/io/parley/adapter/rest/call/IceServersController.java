package io.parley.adapter.rest.call;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.call.GetIceServersUseCase;
import io.parley.application.call.IceServers;

/** {@code GET /api/v1/calls/ice-servers}: what a logged-in caller's browser should use to reach its peers. */
@Controller("/api/v1/calls")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class IceServersController {
    private final GetIceServersUseCase iceServers;

    public IceServersController(GetIceServersUseCase iceServers) {
        this.iceServers = iceServers;
    }

    @Get("/ice-servers")
    public IceServersResponse iceServers(Authentication caller) {
        IceServers servers = iceServers.iceServers(Caller.of(caller).user());
        return new IceServersResponse(
                servers.iceServers().stream()
                        .map(s -> new IceServersResponse.Server(s.urls(), s.username(), s.credential()))
                        .toList(),
                servers.ttl());
    }
}
