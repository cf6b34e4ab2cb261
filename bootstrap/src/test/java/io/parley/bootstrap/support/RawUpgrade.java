package io.parley.bootstrap.support;

import io.parley.bootstrap.Parley;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A WebSocket upgrade request written by hand, to see the server's answer when it refuses one. */
public final class RawUpgrade {
    private RawUpgrade() {}

    /** The status and body the server answers an upgrade of {@code path} with ({@code token} may be null). */
    public static Answer request(Parley server, String path, String token) {
        return requestWithHeaders(server, path, token == null ? "" : "Authorization: Bearer " + token + "\r\n");
    }

    /** The status and body the server answers an upgrade of {@code path} with; {@code headers} end in CRLF each. */
    public static Answer requestWithHeaders(Parley server, String path, String headers) {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(15_000);
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + server.uri().getHost() + ":" + server.uri().getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + headers + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int status = Integer.parseInt(head.substring(9, 12));
            int length = contentLength(head);
            byte[] body = length > 0 ? in.readNBytes(length) : new byte[0];
            return new Answer(status, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a socket by hand and then neither reads nor writes: a client that has stopped (its kernel buffers fill,
     * it answers no pings). The caller closes it.
     */
    public static Socket openSilent(Parley server, String path, String token) {
        try {
            Socket socket = new Socket(server.uri().getHost(), server.uri().getPort());
            socket.setReceiveBufferSize(16 * 1024);
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + server.uri().getHost() + ":" + server.uri().getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String head = readHead(socket.getInputStream());
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new AssertionError("upgrade refused: " + head);
            }
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a socket by hand and writes {@code text} as one (masked, unfragmented) text frame the instant the 101 has
     * been read, as fast as a browser's {@code onopen} handler can: the server must already be listening then.
     */
    public static Socket openAndSendAtOnce(Parley server, String path, String token, String text) {
        Socket socket = openSilent(server, path, token);
        try {
            socket.setSoTimeout(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sendText(socket, text);
        return socket;
    }

    /** Writes {@code text} as one (masked, unfragmented) text frame on a hand-opened socket. */
    public static void sendText(Socket socket, String text) {
        try {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            int header = payload.length <= 125 ? 2 : payload.length <= 0xffff ? 4 : 10;
            byte[] mask = {1, 2, 3, 4};
            byte[] frame = new byte[header + 4 + payload.length];
            frame[0] = (byte) 0x81;
            if (header == 2) {
                frame[1] = (byte) (0x80 | payload.length);
            } else if (header == 4) {
                frame[1] = (byte) (0x80 | 126);
                frame[2] = (byte) (payload.length >>> 8);
                frame[3] = (byte) payload.length;
            } else {
                frame[1] = (byte) (0x80 | 127);
                for (int i = 0; i < 8; i++) {
                    frame[2 + i] = (byte) ((long) payload.length >>> (56 - 8 * i));
                }
            }
            System.arraycopy(mask, 0, frame, header, 4);
            for (int i = 0; i < payload.length; i++) {
                frame[header + 4 + i] = (byte) (payload[i] ^ mask[i % 4]);
            }
            socket.getOutputStream().write(frame);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the server's frames off a hand-opened socket until its close frame; returns the close code. */
    public static int readUntilClose(Socket socket) {
        try {
            while (true) {
                Frame frame = readFrame(socket.getInputStream(), "a close frame");
                if (frame.opcode() == 0x8) {
                    return ((frame.body()[0] & 0xff) << 8) | (frame.body()[1] & 0xff);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads frames off a hand-opened socket until the server's close frame; returns its reason text. */
    public static String readCloseReason(Socket socket) {
        try {
            while (true) {
                Frame frame = readFrame(socket.getInputStream(), "a close frame");
                if (frame.opcode() == 0x8) {
                    byte[] body = frame.body();
                    return body.length <= 2 ? "" : new String(body, 2, body.length - 2, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads text frames off a hand-opened socket until one contains {@code needle}; fails on close or timeout. */
    public static String readTextContaining(Socket socket, String needle) {
        try {
            while (true) {
                Frame frame = readFrame(socket.getInputStream(), "a frame with " + needle);
                if (frame.opcode() == 0x8) {
                    throw new AssertionError("the server closed the socket before a frame with " + needle);
                }
                String text = new String(frame.body(), StandardCharsets.UTF_8);
                if (text.contains(needle)) {
                    return text;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no frame with " + needle + " arrived: the server lost the first frame", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server frame: its opcode (1 text, 8 close) and payload. */
    public record Frame(int opcode, byte[] body) {}

    /** One unmasked server frame. */
    public static Frame readFrame(InputStream in, String awaited) throws IOException {
        int first = in.read();
        int second = in.read();
        if (first < 0 || second < 0) {
            throw new AssertionError("the connection ended before " + awaited);
        }
        long length = second & 0x7f;
        if (length == 126) {
            length = ((in.read() & 0xff) << 8) | (in.read() & 0xff);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | (in.read() & 0xff);
            }
        }
        return new Frame(first & 0x0f, in.readNBytes((int) length));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    /** The server's answer to the upgrade. */
    public record Answer(int status, String body) {}
}
