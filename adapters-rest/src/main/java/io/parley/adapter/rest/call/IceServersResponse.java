package io.parley.adapter.rest.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The ICE servers for an {@code RTCPeerConnection} and how many seconds their credentials live. */
@Serdeable
public record IceServersResponse(List<Server> iceServers, long ttl) {

    /**
     * One ICE server: STUN without credentials, TURN with the minted ones. Absent credentials are left out rather
     * than sent as null, which a browser's {@code RTCIceServer} would turn into the string "null".
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Server(
            List<String> urls,
            @Nullable String username,
            @Nullable String credential) {}
}
