package io.parley.adapter.websocket.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.parley.adapter.websocket.frame.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An outbox writing to a real Netty channel the way Micronaut's WebSocket session does ({@code writeAndFlush}, whose
 * future completes on the channel's event loop), fed from threads that are not the event loop: the peer must see the
 * frames in the order they were queued.
 */
class OutboxOverNettyTest {
    private static final int FRAMES = 20_000;

    private final DefaultEventLoopGroup loops = new DefaultEventLoopGroup(2);
    private final ExecutorService writers = Executors.newFixedThreadPool(2);
    private final List<String> received = new ArrayList<>();
    private final CountDownLatch all = new CountDownLatch(FRAMES);
    private Channel channel;

    @BeforeEach
    void connect() throws InterruptedException {
        LocalAddress address = new LocalAddress("outbox-" + UUID.randomUUID());
        new ServerBootstrap()
                .group(loops)
                .channel(LocalServerChannel.class)
                .childHandler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel peer) {
                        peer.pipeline().addLast(new SimpleChannelInboundHandler<String>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, String text) {
                                received.add(text);
                                all.countDown();
                            }
                        });
                    }
                })
                .bind(address)
                .sync();
        channel = new Bootstrap()
                .group(loops)
                .channel(LocalChannel.class)
                .handler(new ChannelInitializer<LocalChannel>() {
                    @Override
                    protected void initChannel(LocalChannel ignored) {}
                })
                .connect(address)
                .sync()
                .channel();
    }

    @AfterEach
    void shutDown() {
        writers.shutdownNow();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void framesQueuedOffTheEventLoopReachThePeerInQueueOrder() throws InterruptedException {
        Outbox outbox = new Outbox(this::writeAndFlush, Long.MAX_VALUE, reason -> {}, writers);

        // one publishing thread, like a chat feed releasing its changes in cursor order
        Thread publisher = new Thread(() ->
                IntStream.range(0, FRAMES).forEach(n -> outbox.send(new Frame(Integer.toString(n), false))));
        publisher.start();
        publisher.join();

        assertThat(all.await(30, TimeUnit.SECONDS)).as("all frames arrived").isTrue();
        assertThat(received)
                .containsExactlyElementsOf(
                        IntStream.range(0, FRAMES).mapToObj(Integer::toString).toList());
    }

    /** What {@code NettyWebSocketSession.sendAsync} does. */
    private CompletableFuture<?> writeAndFlush(String text) {
        CompletableFuture<Void> taken = new CompletableFuture<>();
        channel.writeAndFlush(text).addListener(done -> {
            if (done.isSuccess()) {
                taken.complete(null);
            } else {
                taken.completeExceptionally(done.cause());
            }
        });
        return taken;
    }
}
