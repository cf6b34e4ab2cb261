package io.parley.application.call;

import java.util.List;

/** The ICE servers for a caller and how many seconds their credentials stay valid. */
public record IceServers(List<IceServer> iceServers, long ttl) {
    public IceServers {
        iceServers = List.copyOf(iceServers);
    }
}
