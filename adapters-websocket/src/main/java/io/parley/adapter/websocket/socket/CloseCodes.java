package io.parley.adapter.websocket.socket;

/** The close codes Parley's sockets end with (RFC 6455's, and Parley's own in the 4000 range). */
public final class CloseCodes {
    /** The client was silent (no frame, no pong) for longer than the idle timeout. */
    public static final int IDLE = 1001;
    /** The server is shutting down: reconnect (to another node, or to this one once it is back) and resume. */
    public static final int SHUTTING_DOWN = 1001;
    /** The reason text of {@link #SHUTTING_DOWN}. */
    public static final String SHUTTING_DOWN_REASON = "server shutting down";
    /** The client broke RFC 6455's framing (reserved bits, opcodes, control frames, close codes). */
    public static final int PROTOCOL_ERROR = 1002;
    /** A text message that is not UTF-8. */
    public static final int NOT_UTF8 = 1007;
    /** The client sent frames faster than they could be handled. */
    public static final int POLICY = 1008;
    /** A frame was larger than 64 KiB. */
    public static final int TOO_BIG = 1009;
    /** The client stopped reading and its outbound queue overflowed: reconnect and resume. */
    public static final int SLOW_CONSUMER = 1013;
    /** The login session behind the socket was logged out. */
    public static final int SESSION_ENDED = 4401;
    /** The user was removed from (or left) the group this socket watches. */
    public static final int REMOVED = 4403;
    /** The chat or group this socket watches was deleted (or the user is no longer in it). */
    public static final int CHAT_GONE = 4404;

    private CloseCodes() {}

    /** Codes a close frame may carry (RFC 6455 section 7.4): a client's close is answered with the same code. */
    public static boolean sendable(int code) {
        return (code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006)
                || (code >= 3000 && code <= 4999);
    }
}
