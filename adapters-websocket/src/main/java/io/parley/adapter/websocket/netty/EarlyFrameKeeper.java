package io.parley.adapter.websocket.netty;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Keeps WebSocket frames that arrive before Micronaut has installed the socket's handler, and hands them on, in
 * order, once it has. Micronaut 4.10 finishes an upgrade on the thread its last filter ended on (ours check
 * membership and sessions on the blocking executor): it writes the 101 first and installs the frame handler after,
 * so a frame a client sends at once (browsers do, in {@code onopen}) could reach the HTTP handler and be lost
 * (micronaut-core#12528 fixes this in 5.x). Sits just before Micronaut's HTTP handler, which the upgrade removes;
 * leaves the pipeline once the socket's handler is there. Listed in docs/adr/0007-framework-workarounds.md.
 */
final class EarlyFrameKeeper extends ChannelInboundHandlerAdapter {
    static final String NAME = "parley-early-frames";
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private ArrayDeque<Object> held;
    private long holdingSince;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (held != null) {
            held.add(message);
        } else if (message instanceof WebSocketFrame) {
            held = new ArrayDeque<>();
            held.add(message);
            holdingSince = System.nanoTime();
            ctx.executor().execute(() -> handOn(ctx));
        } else {
            ctx.fireChannelRead(message);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        release();
    }

    /** Micronaut's HTTP handler leaves the pipeline once the socket's handler has been put in. */
    private static boolean upgraded(ChannelHandlerContext ctx) {
        return ctx.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) == null;
    }

    private void handOn(ChannelHandlerContext ctx) {
        if (held == null || ctx.isRemoved()) {
            return;
        }
        if (upgraded(ctx)) {
            // a handler put in from another thread takes frames only once its handlerAdded task has run on this
            // event loop; that task was queued before the change we saw, so a task queued now runs after it
            ctx.executor().execute(() -> release(ctx));
        } else if (System.nanoTime() - holdingSince > WAIT_NANOS
                || !ctx.channel().isActive()) {
            release();
            ctx.close();
        } else {
            ctx.executor().schedule(() -> handOn(ctx), 1, TimeUnit.MILLISECONDS);
        }
    }

    /** Hands the kept frames on, in order, and leaves the pipeline. */
    private void release(ChannelHandlerContext ctx) {
        if (held == null || ctx.isRemoved()) {
            return;
        }
        ArrayDeque<Object> frames = held;
        held = null;
        ctx.pipeline().remove(this);
        frames.forEach(ctx::fireChannelRead);
        ctx.fireChannelReadComplete();
    }

    private void release() {
        if (held != null) {
            held.forEach(ReferenceCountUtil::release);
            held = null;
        }
    }
}
