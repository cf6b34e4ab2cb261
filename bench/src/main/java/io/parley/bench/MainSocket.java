package io.parley.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One user's main socket ({@code /api/v1/main}) on Netty's WebSocket client; every text frame goes to a listener. */
final class MainSocket {
    /** Receives every text frame with the {@link System#nanoTime()} of its arrival, on a Netty event loop. */
    interface Listener {
        void onFrame(int userIndex, String frame, long arrivedNanos);

        void onClosed(int userIndex);
    }

    private final Channel channel;

    private MainSocket(Channel channel) {
        this.channel = channel;
    }

    static MainSocket open(EventLoopGroup loop, URI base, Population.User user, Listener listener) throws Exception {
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/api/v1/main");
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        headers.add("Authorization", "Bearer " + user.token());
        CompletableFuture<Void> open = new CompletableFuture<>();
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .handler(new WebSocketClientPipeline(
                        uri, null, headers, new SimpleChannelInboundHandler<TextWebSocketFrame>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
                                listener.onFrame(user.index(), frame.text(), System.nanoTime());
                            }

                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                                if (event
                                        == WebSocketClientProtocolHandler.ClientHandshakeStateEvent
                                                .HANDSHAKE_COMPLETE) {
                                    open.complete(null);
                                }
                                ctx.fireUserEventTriggered(event);
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                open.completeExceptionally(
                                        new IllegalStateException("socket of user " + user.index() + " closed"));
                                listener.onClosed(user.index());
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                open.completeExceptionally(cause);
                                ctx.close();
                            }
                        }));
        Channel channel = bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel();
        open.get(30, TimeUnit.SECONDS);
        return new MainSocket(channel);
    }

    /** Queues {@code text} as one text frame; safe from any thread. */
    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    void close() {
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
}
