package io.parley.adapter.websocket.socket;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Socket limits and timers ({@code parley.websocket.*}): pings every {@code pingInterval}, closes sockets silent for
 * {@code idleTimeout}, gives up on a socket whose queued live frames exceed {@code outboundLimit} characters, ends a
 * typing indicator after {@code typingExpiry} without renewal, fills a hole in a chat's changes from storage after
 * {@code holeTimeout}, lets at most {@code inboundQueue} client frames wait per socket, and after closing a socket
 * waits up to {@code closeTimeout} for the client's close frame before it drops the connection; {@code writerThreads}
 * threads hand all sockets' frames to the network.
 */
@ConfigurationProperties("parley.websocket")
public record WebSocketSettings(
        @Bindable(defaultValue = "30s") Duration pingInterval,
        @Bindable(defaultValue = "75s") Duration idleTimeout,
        @Bindable(defaultValue = "4194304") long outboundLimit,
        @Bindable(defaultValue = "6s") Duration typingExpiry,
        @Bindable(defaultValue = "1s") Duration holeTimeout,
        @Bindable(defaultValue = "1024") int inboundQueue,
        @Bindable(defaultValue = "2s") Duration closeTimeout,
        @Bindable(defaultValue = "2") int writerThreads) {
    public WebSocketSettings {
        if (writerThreads < 1) {
            throw new IllegalArgumentException(
                    "parley.websocket.writer-threads must be at least 1, not " + writerThreads);
        }
    }

    /** The largest client frame accepted, in bytes; a larger one closes the socket with 1009. */
    public static final int MAX_FRAME_BYTES = 64 * 1024;

    /** True if a client frame is over {@link #MAX_FRAME_BYTES} in UTF-8. */
    public static boolean tooBig(String text) {
        // a character takes at least one byte and at most three
        return text.length() > MAX_FRAME_BYTES
                || (text.length() * 3 > MAX_FRAME_BYTES
                        && text.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES);
    }
}
