package io.parley.application.call;

import java.util.List;

/** One entry of an {@code RTCPeerConnection}'s {@code iceServers}; username and credential only for TURN. */
public record IceServer(List<String> urls, String username, String credential) {
    public IceServer {
        urls = List.copyOf(urls);
    }
}
