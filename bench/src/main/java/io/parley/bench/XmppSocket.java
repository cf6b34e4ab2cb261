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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One user's XMPP-over-WebSocket connection (RFC 7395, subprotocol {@code xmpp}) to the ejabberd peer, on Netty's
 * WebSocket client like {@link MainSocket}: {@code <open/>}, SASL PLAIN, stream restart, resource bind, then presence
 * into the user's MUC room with no history. The room's first member (the creator) submits the default configuration
 * form (an instant room, XEP-0045 §10.1.2) so the others can join. Once joined, every groupchat message goes to the
 * {@link Deliveries}: the sender's own echo from the room is its ack (ejabberd archives before it broadcasts).
 */
final class XmppSocket {
    private static final String FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";

    private final Channel channel;
    private final String room;

    private XmppSocket(Channel channel, String room) {
        this.channel = channel;
        this.room = room;
    }

    /** Where to connect and join: the peer's WebSocket address, its XMPP domain and the user's room and nick
     * (whoever joins first creates the room). */
    record Login(URI ws, String domain, String user, String password, String room, String nick) {}

    /** Completes once the user is in its room (the creator: once the room is configured). */
    static CompletableFuture<XmppSocket> open(
            EventLoopGroup loop, Login login, int userIndex, XmppRooms rooms, Deliveries deliveries) {
        CompletableFuture<XmppSocket> joined = new CompletableFuture<>();
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .handler(new WebSocketClientPipeline(
                        login.ws(),
                        "xmpp",
                        new DefaultHttpHeaders(),
                        new Session(login, userIndex, rooms, deliveries, joined)));
        bootstrap.connect(login.ws().getHost(), login.ws().getPort()).addListener(connected -> {
            if (!connected.isSuccess()) {
                joined.completeExceptionally(connected.cause());
            }
        });
        return joined.orTimeout(30, TimeUnit.SECONDS);
    }

    /** Sends one groupchat message to the room; its stanza id names the message. Safe from any thread. */
    void sendGroupchat(long key, String body) {
        channel.writeAndFlush(new TextWebSocketFrame("<message xmlns='jabber:client' to='" + room
                + "' type='groupchat' id='b" + key + "'><body>" + body + "</body></message>"));
    }

    void close() {
        channel.writeAndFlush(new TextWebSocketFrame("<close xmlns='" + FRAMING + "'/>"));
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /** The stream's state machine, on the channel's event loop. */
    private static final class Session extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final Login login;
        private final int userIndex;
        private final XmppRooms rooms;
        private final Deliveries deliveries;
        private final CompletableFuture<XmppSocket> joined;
        private boolean authenticated;

        Session(Login login, int userIndex, XmppRooms rooms, Deliveries deliveries, CompletableFuture<XmppSocket> j) {
            this.login = login;
            this.userIndex = userIndex;
            this.rooms = rooms;
            this.deliveries = deliveries;
            this.joined = j;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                openStream(ctx);
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            String xml = frame.text();
            long arrived = System.nanoTime();
            if (xml.startsWith("<message")) {
                rooms.message(userIndex, xml, arrived, deliveries);
            } else if (joined.isDone()) {
                if (xml.startsWith("<close")) {
                    ctx.close();
                }
            } else if (xml.contains("<mechanisms")) {
                String plain = "\0" + login.user() + "\0" + login.password();
                send(
                        ctx,
                        "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
                                + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8))
                                + "</auth>");
            } else if (xml.startsWith("<success")) {
                authenticated = true;
                openStream(ctx);
            } else if (authenticated && xml.contains("features") && xml.contains("xmpp-bind")) {
                send(
                        ctx,
                        "<iq xmlns='jabber:client' type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                                + "<resource>bench</resource></bind></iq>");
            } else if (xml.startsWith("<iq")
                    && hasAttribute(xml, "id", "bind")
                    && hasAttribute(xml, "type", "result")) {
                send(
                        ctx,
                        "<presence xmlns='jabber:client' to='" + login.room() + "/" + login.nick() + "'>"
                                + "<x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='0'/></x></presence>");
            } else if (xml.startsWith("<presence") && (xml.contains("code='110'") || xml.contains("code=\"110\""))) {
                if (xml.contains("code='201'") || xml.contains("code=\"201\"")) {
                    // a new, locked room: accept the default configuration (persistent, archived: the module's
                    // default_room_options) to unlock it
                    send(
                            ctx,
                            "<iq xmlns='jabber:client' type='set' id='cfg' to='" + login.room() + "'>"
                                    + "<query xmlns='http://jabber.org/protocol/muc#owner'>"
                                    + "<x xmlns='jabber:x:data' type='submit'/></query></iq>");
                } else {
                    joined.complete(new XmppSocket(ctx.channel(), login.room()));
                }
            } else if (xml.startsWith("<iq") && hasAttribute(xml, "id", "cfg") && hasAttribute(xml, "type", "result")) {
                joined.complete(new XmppSocket(ctx.channel(), login.room()));
            } else if (xml.startsWith("<failure") || xml.contains("type='error'") || xml.startsWith("<close")) {
                joined.completeExceptionally(
                        new IllegalStateException("user " + login.user() + " could not join: " + xml));
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (joined.isDone()) {
                deliveries.onClosed(userIndex);
            } else {
                joined.completeExceptionally(new IllegalStateException("socket of " + login.user() + " closed"));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            joined.completeExceptionally(cause);
            ctx.close();
        }

        private void openStream(ChannelHandlerContext ctx) {
            send(ctx, "<open xmlns='" + FRAMING + "' to='" + login.domain() + "' version='1.0'/>");
        }

        private static void send(ChannelHandlerContext ctx, String xml) {
            ctx.writeAndFlush(new TextWebSocketFrame(xml));
        }
    }

    static boolean hasAttribute(String xml, String name, String value) {
        return xml.contains(" " + name + "='" + value + "'") || xml.contains(" " + name + "=\"" + value + "\"");
    }
}
