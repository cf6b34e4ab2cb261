package io.parley.bootstrap.support;

import io.parley.bootstrap.Parley;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A WebSocket client on a plain {@link Socket} that writes any frame RFC 6455 can express, well-formed or not (any
 * opcode, FIN and RSV bits, masked or not, any close body), and reads the server's frames as they are: what
 * Autobahn|Testsuite's cases do, for the ones that apply to a text-only server; optionally with permessage-deflate, as
 * browsers offer it.
 */
public final class RawWebSocket implements AutoCloseable {
    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;
    private static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};

    private static final byte[] DEFLATE_TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final Socket socket;
    private final InputStream in;
    private final boolean deflate;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final Inflater inflater = new Inflater(true);

    private RawWebSocket(Socket socket, boolean deflate) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deflate = deflate;
    }

    /** Opens {@code path} with the token in the Authorization header; fails unless the server answers 101. */
    public static RawWebSocket open(Parley server, String path, String token) {
        return open(server, path, token, false);
    }

    /**
     * Opens {@code path} offering permessage-deflate (RFC 7692), as browsers do; fails unless the server answers 101
     * and accepts it. The server's compressed frames are inflated as they are read.
     */
    public static RawWebSocket openCompressed(Parley server, String path, String token) {
        return open(server, path, token, true);
    }

    private static RawWebSocket open(Parley server, String path, String token, boolean deflate) {
        try {
            Socket socket = new Socket(server.uri().getHost(), server.uri().getPort());
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + server.uri().getHost() + ":" + server.uri().getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (deflate ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "")
                    + "Authorization: Bearer " + token + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String head = readHead(socket.getInputStream());
            if (!head.startsWith("HTTP/1.1 101")) {
                socket.close();
                throw new AssertionError("upgrade refused: " + head);
            }
            if (deflate && !head.toLowerCase(java.util.Locale.ROOT).contains("permessage-deflate")) {
                socket.close();
                throw new AssertionError("permessage-deflate not accepted: " + head);
            }
            return new RawWebSocket(socket, deflate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one masked frame: {@code rsv} is the three reserved bits (0–7). */
    public RawWebSocket frame(boolean fin, int rsv, int opcode, byte[] payload) {
        return write(fin, rsv, opcode, payload, true);
    }

    /** Writes one final, masked frame without reserved bits. */
    public RawWebSocket frame(int opcode, byte[] payload) {
        return frame(true, 0, opcode, payload);
    }

    /** Writes {@code text} as one final text frame compressed with permessage-deflate (RSV1 set). */
    public RawWebSocket compressedText(String text) {
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int length;
        while ((length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            compressed.write(buffer, 0, length);
        }
        byte[] bytes = compressed.toByteArray();
        // RFC 7692 section 7.2.1: the 00 00 ff ff that ends a sync flush is left off
        return frame(true, 4, TEXT, Arrays.copyOf(bytes, bytes.length - DEFLATE_TAIL.length));
    }

    /** Writes one final, masked text frame. */
    public RawWebSocket text(String text) {
        return frame(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one final text frame that is not masked, as only a server may send. */
    public RawWebSocket unmaskedText(String text) {
        return write(true, 0, TEXT, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Writes a close frame with {@code code} and {@code reason} (UTF-8). */
    public RawWebSocket close(int code, byte[] reason) {
        byte[] body = new byte[2 + reason.length];
        body[0] = (byte) (code >>> 8);
        body[1] = (byte) code;
        System.arraycopy(reason, 0, body, 2, reason.length);
        return frame(CLOSE, body);
    }

    private RawWebSocket write(boolean fin, int rsv, int opcode, byte[] payload, boolean masked) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | (rsv & 7) << 4 | (opcode & 0x0f));
        int maskBit = masked ? 0x80 : 0;
        if (payload.length <= 125) {
            frame.write(maskBit | payload.length);
        } else if (payload.length <= 0xffff) {
            frame.write(maskBit | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length);
        } else {
            frame.write(maskBit | 127);
            for (int i = 0; i < 8; i++) {
                frame.write((int) ((long) payload.length >>> (56 - 8 * i)));
            }
        }
        if (masked) {
            frame.writeBytes(MASK);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(masked ? payload[i] ^ MASK[i % 4] : payload[i]);
        }
        try {
            socket.getOutputStream().write(frame.toByteArray());
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The server's next frame; fails if none comes within 10 s or the connection ends first. */
    public Frame next() {
        try {
            int first = in.read();
            int second = first < 0 ? -1 : in.read();
            if (first < 0 || second < 0) {
                throw new AssertionError("the connection ended without a frame");
            }
            long length = second & 0x7f;
            if (length == 126) {
                length = (in.read() & 0xff) << 8 | in.read() & 0xff;
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = length << 8 | in.read() & 0xff;
                }
            }
            int rsv = first >>> 4 & 7;
            byte[] body = in.readNBytes((int) length);
            if (deflate && (rsv & 4) != 0) {
                return new Frame((first & 0x80) != 0, rsv & 3, first & 0x0f, inflate(body));
            }
            return new Frame((first & 0x80) != 0, rsv, first & 0x0f, body);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no frame came from the server", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] inflate(byte[] compressed) {
        inflater.setInput(concat(compressed, DEFLATE_TAIL));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int length;
            while ((length = inflater.inflate(buffer)) > 0) {
                plain.write(buffer, 0, length);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("the server sent a frame that does not inflate", e);
        }
        return plain.toByteArray();
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** The next frame that is not a text frame or ping (those are skipped). */
    public Frame nextControlOrClose() {
        Frame frame;
        do {
            frame = next();
        } while (frame.opcode() == TEXT || frame.opcode() == PING);
        return frame;
    }

    /** Reads until the server's close frame, skipping what comes before it. */
    public Frame awaitClose() {
        Frame frame;
        do {
            frame = next();
        } while (frame.opcode() != CLOSE);
        return frame;
    }

    /** Reads text frames until one contains {@code needle}; fails on a close. */
    public String awaitText(String needle) {
        while (true) {
            Frame frame = next();
            if (frame.opcode() == CLOSE) {
                throw new AssertionError("closed with " + frame.code() + " " + frame.reason() + " before " + needle);
            }
            if (frame.opcode() == TEXT && frame.text().contains(needle)) {
                return frame.text();
            }
        }
    }

    /** True if the server ends the TCP connection within {@code millis} (sending nothing more). */
    public boolean droppedWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            int next = in.read();
            if (next >= 0) {
                throw new AssertionError("the server sent a byte (" + next + ") after its close frame");
            }
            return true;
        } catch (SocketTimeoutException stillUp) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** A frame from the server: FIN, the reserved bits, its opcode and payload. */
    public record Frame(boolean fin, int rsv, int opcode, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** A close frame's status code, or -1 for a close frame without one. */
        public int code() {
            return body.length < 2 ? -1 : (body[0] & 0xff) << 8 | body[1] & 0xff;
        }

        /** A close frame's reason text ("" without one). */
        public String reason() {
            return body.length <= 2 ? "" : new String(body, 2, body.length - 2, StandardCharsets.UTF_8);
        }
    }
}
