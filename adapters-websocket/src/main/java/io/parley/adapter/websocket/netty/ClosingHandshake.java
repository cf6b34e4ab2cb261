package io.parley.adapter.websocket.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Completes RFC 6455's closing handshake when the server closes: after its close frame the connection stays up until
 * the client's close frame arrives (or {@code timeout} passes), and nothing more is written. Micronaut 4.10 drops the
 * TCP connection as soon as its close frame is written, and a client library that sees the close and the connection
 * reset together may lose the data frame just before them (Node 20's built-in WebSocket does). A client's close without
 * a status code, which Micronaut leaves unanswered, is answered with an empty close. Listed in
 * docs/adr/0007-framework-workarounds.md.
 */
final class ClosingHandshake extends ChannelDuplexHandler {
    static final String NAME = "parley-closing-handshake";

    private final long timeoutNanos;
    private boolean closeSent;
    private boolean closeReceived;
    private ChannelPromise pendingClose;
    private ScheduledFuture<?> timer;

    ClosingHandshake(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (closeSent && message instanceof WebSocketFrame) {
            // a close frame is the last frame of a connection (RFC 6455 section 5.5.1): Micronaut answers the
            // client's close with one more, which goes nowhere
            ReferenceCountUtil.release(message);
            promise.trySuccess();
            return;
        }
        if (message instanceof CloseWebSocketFrame) {
            closeSent = true;
        }
        ctx.write(message, promise);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        boolean clientClosed = message instanceof CloseWebSocketFrame;
        if (clientClosed) {
            closeReceived = true;
            if (!closeSent && !((CloseWebSocketFrame) message).content().isReadable()) {
                // a close without a status code: the sockets answer a client's close with its code, and this one has
                // none (Micronaut reports it as -1), so it is answered here with an empty close (RFC 6455 section
                // 5.5.1)
                closeSent = true;
                ctx.writeAndFlush(new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER));
            }
        }
        ctx.fireChannelRead(message);
        if (clientClosed && pendingClose != null) {
            closeNow(ctx);
        }
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (!closeSent || closeReceived || !ctx.channel().isActive() || timeoutNanos <= 0) {
            ctx.close(promise);
        } else if (pendingClose == null) {
            pendingClose = promise;
            timer = ctx.executor().schedule(() -> closeNow(ctx), timeoutNanos, TimeUnit.NANOSECONDS);
        } else {
            // closed again while waiting for the client: done when the one pending close is
            pendingClose.addListener(done -> promise.trySuccess());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (pendingClose != null) {
            // the client dropped the connection without its close frame: the close has happened
            closeNow(ctx);
        }
        ctx.fireChannelInactive();
    }

    private void closeNow(ChannelHandlerContext ctx) {
        ChannelPromise promise = pendingClose;
        if (promise == null) {
            return;
        }
        pendingClose = null;
        timer.cancel(false);
        ctx.close(promise);
    }
}
