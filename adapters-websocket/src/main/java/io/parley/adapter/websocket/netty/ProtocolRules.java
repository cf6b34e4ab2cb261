package io.parley.adapter.websocket.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.util.ReferenceCountUtil;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.WebSocketSettings;

/**
 * RFC 6455's rules for client frames that Micronaut 4.10 does not keep. Its frame decoder passes reserved bits on
 * (permessage-deflate, which Micronaut negotiates when a client offers it, uses RSV1) but nothing refuses them when no
 * extension took them; it takes close codes from 5000 up, and answers a broken close frame (an invalid code or
 * reason) by dropping the connection without a close frame; Micronaut aggregates a fragmented message without a bound
 * and decodes text that is not UTF-8 to U+FFFD. So the decoder is swapped for one that leaves every protocol error to
 * this handler, and this handler, behind any extension's decoder, refuses reserved bits still set and the close codes
 * the decoder lets by, bounds a message at 64 KiB however it is fragmented (after decompression) and checks text as
 * UTF-8, fragment by fragment. A broken frame closes the socket at once, through the closing handshake, with 1002,
 * 1007 or 1009 and a reason (docs/realtime/websocket.md lists them); nothing after it is handed on. Listed in
 * docs/adr/0007-framework-workarounds.md.
 */
final class ProtocolRules extends ChannelDuplexHandler {
    static final String NAME = "parley-protocol-rules";

    /** The rules a frame can break: the close code and reason it gets (docs/realtime/websocket.md lists them). */
    private enum Breach {
        RESERVED_BITS(CloseCodes.PROTOCOL_ERROR, "reserved bits set without an extension"),
        TOO_BIG(CloseCodes.TOO_BIG, "frames are limited to 64 KiB"),
        NOT_UTF8(CloseCodes.NOT_UTF8, "text frames must be UTF-8"),
        CLOSE_CODE(CloseCodes.PROTOCOL_ERROR, "invalid close code");

        final int code;
        final String reason;

        Breach(int code, String reason) {
            this.code = code;
            this.reason = reason;
        }
    }

    /**
     * Micronaut's settings (masked frames of at most 64 KiB; reserved bits passed on, for permessage-deflate, which
     * Micronaut negotiates when a client offers it), but protocol errors left to this handler.
     */
    private static final WebSocketDecoderConfig DECODING = WebSocketDecoderConfig.newBuilder()
            .maxFramePayloadLength(WebSocketSettings.MAX_FRAME_BYTES)
            .expectMaskedFrames(true)
            .allowMaskMismatch(false)
            .allowExtensions(true)
            .closeOnProtocolViolation(false)
            .build();

    private final Utf8Stream utf8 = new Utf8Stream();
    private boolean text;
    private long messageBytes;
    private boolean broken;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof WebSocketFrame frame)) {
            ctx.fireChannelRead(message);
            return;
        }
        if (broken) {
            // after Parley's close only the client's close matters, and the closing handshake has seen it already
            ReferenceCountUtil.release(frame);
            return;
        }
        Breach breach = breach(frame);
        if (breach == null) {
            ctx.fireChannelRead(frame);
            return;
        }
        ReferenceCountUtil.release(frame);
        refuse(ctx, breach.code, breach.reason);
    }

    /** Netty's decoder found a broken frame (and, swapped in below, left answering it to this handler). */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof CorruptedWebSocketFrameException corrupt) {
            if (!broken) {
                refuse(ctx, corrupt.closeStatus().code(), corrupt.getMessage());
            }
            return;
        }
        ctx.fireExceptionCaught(cause);
    }

    /**
     * As the upgrade's 101 goes out, swaps the frame decoder Micronaut configured for one that leaves protocol errors
     * to {@link #exceptionCaught}: Micronaut's closes the connection at once, without any close frame when the broken
     * frame was a close (an invalid close code). Nothing has been decoded yet: a client sends frames after the 101.
     */
    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse response
                && response.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS)) {
            ChannelHandlerContext decoder = ctx.pipeline().context(WebSocketFrameDecoder.class);
            if (decoder != null) {
                ctx.pipeline().replace(decoder.handler(), decoder.name(), new WebSocket13FrameDecoder(DECODING));
            }
        }
        ctx.write(message, promise);
    }

    private void refuse(ChannelHandlerContext ctx, int code, String reason) {
        broken = true;
        // through the whole pipeline, so the closing handshake sees the close frame and waits for the client's
        ctx.channel().writeAndFlush(new CloseWebSocketFrame(code, reason));
        ctx.channel().close();
    }

    /** The rule {@code frame} breaks, or null if it keeps them. */
    private Breach breach(WebSocketFrame frame) {
        if (frame.rsv() != 0) {
            // a negotiated extension's decoder, ahead of this handler, has taken the bits it uses
            return Breach.RESERVED_BITS;
        }
        if (frame instanceof CloseWebSocketFrame close) {
            // Netty's decoder checks the rest of a close, but takes every code from 3000 up and reads 65535 as "none"
            ByteBuf body = close.content();
            boolean validCode = !body.isReadable() || CloseCodes.sendable(body.getUnsignedShort(body.readerIndex()));
            return validCode ? null : Breach.CLOSE_CODE;
        }
        boolean first = frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame;
        if (!first && !(frame instanceof ContinuationWebSocketFrame)) {
            return null;
        }
        if (first) {
            text = frame instanceof TextWebSocketFrame;
            messageBytes = 0;
            utf8.reset();
        }
        messageBytes += frame.content().readableBytes();
        if (messageBytes > WebSocketSettings.MAX_FRAME_BYTES) {
            return Breach.TOO_BIG;
        }
        if (text) {
            frame.content().forEachByte(utf8);
            if (!utf8.valid() || (frame.isFinalFragment() && !utf8.complete())) {
                return Breach.NOT_UTF8;
            }
        }
        return null;
    }
}
