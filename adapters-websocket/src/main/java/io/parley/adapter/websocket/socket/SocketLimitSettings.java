package io.parley.adapter.websocket.socket;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The socket side of the limits ({@code parley.limits.*}, the rates themselves are bootstrap's): a user may have at
 * most {@code openSocketsPerUser} sockets open across all nodes, and a socket that is refused
 * {@code socketRefusalsBeforeClose} rate-limited frames in a row, with none accepted in between, is closed with 1008.
 */
@ConfigurationProperties("parley.limits")
public record SocketLimitSettings(
        @Bindable(defaultValue = "50") int openSocketsPerUser,
        @Bindable(defaultValue = "20") int socketRefusalsBeforeClose) {
    public SocketLimitSettings {
        if (openSocketsPerUser < 1 || socketRefusalsBeforeClose < 1) {
            throw new IllegalArgumentException(
                    "parley.limits.open-sockets-per-user and socket-refusals-before-close must be at least 1");
        }
    }
}
