package io.parley.adapter.websocket.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket upgrade whose URL is not a valid URI ({@code /api/v1/main?x=%ZZ}) gets the 400 that any other request
 * with such a URL gets ({@code request.invalid}, "Malformed URI"): Micronaut 4.10's upgrade handler fails building its
 * request, logs "No request state present" and never answers, so the client hangs until its timeout. Listed in
 * docs/adr/0007-framework-workarounds.md.
 */
final class MalformedUpgradeUri extends ChannelInboundHandlerAdapter {
    static final String NAME = "parley-malformed-upgrade-uri";
    private static final byte[] BODY =
            "{\"error\":\"request.invalid\",\"message\":\"Malformed URI\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request && isUpgrade(request) && !isUri(request.uri())) {
            ReferenceCountUtil.release(message);
            FullHttpResponse refusal = new DefaultFullHttpResponse(
                    request.protocolVersion(), HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(BODY));
            refusal.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, BODY.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireChannelRead(message);
    }

    private static boolean isUpgrade(HttpRequest request) {
        return request.headers().contains(HttpHeaderNames.UPGRADE);
    }

    private static boolean isUri(String uri) {
        try {
            URI.create(uri);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
