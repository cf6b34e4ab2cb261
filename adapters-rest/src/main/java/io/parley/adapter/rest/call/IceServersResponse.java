package io.parley.adapter.rest.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The ICE servers for an {@code RTCPeerConnection} and how many seconds their credentials live. */
@Serdeable
public record IceServersResponse(List<Server> iceServers, long ttl) {

    /** One ICE server: STUN without credentials, TURN with the minted ones. */
    @Serdeable
    public record Server(List<String> urls, @Nullable String username, @Nullable String credential) {
    }
}
