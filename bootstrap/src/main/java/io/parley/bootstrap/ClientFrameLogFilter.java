package io.parley.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import org.slf4j.Marker;

/**
 * Keeps clients' bad WebSocket frames (over 64 KiB, or breaking the protocol) out of the error log. Netty refuses
 * such a frame and closes that one socket with 1009 or 1002, as the protocol reference says, and Micronaut then logs
 * an ERROR with a stack trace for it: one per frame, so any client could fill the log. Nothing else is filtered.
 * Listed in docs/adr/0007-framework-workarounds.md.
 */
public final class ClientFrameLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable error) {
        Throwable thrown = error;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t) {
            thrown = t;
        }
        return thrown instanceof CorruptedWebSocketFrameException
                        && logger.getName().startsWith("io.micronaut.http")
                ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
