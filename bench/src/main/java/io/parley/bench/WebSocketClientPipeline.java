package io.parley.bench;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;

/**
 * The harness's WebSocket client pipeline, for Parley's main socket and the XMPP peer alike: HTTP codec, the RFC 6455
 * handshake to {@code uri} (with {@code subprotocol}, may be null, and {@code headers}), whole messages (fragments
 * aggregated up to 16 MiB), then {@code session}, which sees text frames and the handshake-complete event.
 */
final class WebSocketClientPipeline extends ChannelInitializer<SocketChannel> {
    private final URI uri;
    private final String subprotocol;
    private final HttpHeaders headers;
    private final ChannelHandler session;

    WebSocketClientPipeline(URI uri, String subprotocol, HttpHeaders headers, ChannelHandler session) {
        this.uri = uri;
        this.subprotocol = subprotocol;
        this.headers = headers;
        this.session = session;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        channel.pipeline()
                .addLast(new HttpClientCodec())
                .addLast(new HttpObjectAggregator(65536))
                .addLast(new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                        uri, WebSocketVersion.V13, subprotocol, false, headers, 1 << 22)))
                .addLast(new WebSocketFrameAggregator(1 << 24))
                .addLast(session);
    }
}
