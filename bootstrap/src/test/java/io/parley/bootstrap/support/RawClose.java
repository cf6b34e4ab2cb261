package io.parley.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The closing handshake on a hand-opened socket, seen frame by frame and byte by byte. */
public final class RawClose {
    private RawClose() {}

    /** The frames the server sends up to and including its close frame, in the order they arrived. */
    public static List<RawUpgrade.Frame> framesUntilClose(Socket socket) {
        List<RawUpgrade.Frame> frames = new ArrayList<>();
        try {
            RawUpgrade.Frame frame;
            do {
                frame = RawUpgrade.readFrame(socket.getInputStream(), "a close frame");
                frames.add(frame);
            } while (frame.opcode() != 0x8);
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a text frame. */
    public static String text(RawUpgrade.Frame frame) {
        return new String(frame.body(), StandardCharsets.UTF_8);
    }

    /** The status code a close frame carries. */
    public static int code(RawUpgrade.Frame frame) {
        return ((frame.body()[0] & 0xff) << 8) | (frame.body()[1] & 0xff);
    }

    /** Writes a (masked) close frame with {@code code}, as a client answers the server's close. */
    public static void sendClose(Socket socket, int code) {
        byte[] mask = {9, 8, 7, 6};
        byte[] frame = {
            (byte) 0x88,
            (byte) 0x82,
            mask[0],
            mask[1],
            mask[2],
            mask[3],
            (byte) ((code >>> 8) ^ mask[0]),
            (byte) ((code & 0xff) ^ mask[1])
        };
        try {
            socket.getOutputStream().write(frame);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits up to {@code millis} for the server to end the TCP connection; how long that took, or -1 if the
     * connection was still up then. Fails if the server sends anything more.
     */
    public static long millisUntilDropped(Socket socket, int millis) {
        long start = System.nanoTime();
        try {
            socket.setSoTimeout(millis);
            int next = socket.getInputStream().read();
            if (next >= 0) {
                throw new AssertionError("the server sent a byte (" + next + ") after its close frame");
            }
            return (System.nanoTime() - start) / 1_000_000;
        } catch (SocketTimeoutException stillUp) {
            return -1;
        } catch (IOException e) {
            // a reset instead of an orderly end still means the server dropped the connection
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
