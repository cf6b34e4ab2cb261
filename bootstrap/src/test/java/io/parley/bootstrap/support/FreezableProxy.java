package io.parley.bootstrap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder between a server under test and its database, standing for the database in outage tests:
 * {@link #freeze()} stops passing bytes either way (and holds new connections unanswered), as a hung database or a
 * black-holed network would; {@link #stop()} drops every connection and refuses new ones, as a stopped database
 * would; {@link #thaw()} lets everything flow again. The shared database is never touched.
 */
public final class FreezableProxy implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean frozen;
    private volatile boolean stopped;
    private volatile boolean closed;

    private FreezableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A proxy on a free loopback port forwarding to {@code host:port}. */
    public static FreezableProxy to(String host, int port) {
        try {
            return new FreezableProxy(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public void freeze() {
        frozen = true;
    }

    /** Closes every forwarded connection and closes new ones at once, until {@link #thaw()}. */
    public void stop() {
        stopped = true;
        sockets.forEach(FreezableProxy::closeQuietly);
        sockets.clear();
    }

    public void thaw() {
        synchronized (gate) {
            stopped = false;
            frozen = false;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (stopped) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                Thread connecting = new Thread(() -> connect(client), "proxy-connect");
                connecting.setDaemon(true);
                connecting.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            awaitThawed();
            Socket server = new Socket(targetHost, targetPort);
            sockets.add(server);
            pump(client, server);
            pump(server, client);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pumping = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            awaitThawed();
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException ended) {
                        // one side closed: end the other too
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "proxy-pump");
        pumping.setDaemon(true);
        pumping.start();
    }

    private void awaitThawed() {
        synchronized (gate) {
            while (frozen && !closed) {
                try {
                    gate.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thaw();
        closeQuietly(listener);
        sockets.forEach(FreezableProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyGone) {
            // closing what is closed already
        }
    }
}
