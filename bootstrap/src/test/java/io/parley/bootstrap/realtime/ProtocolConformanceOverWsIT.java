package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.RawWebSocket.BINARY;
import static io.parley.bootstrap.support.RawWebSocket.CLOSE;
import static io.parley.bootstrap.support.RawWebSocket.CONTINUATION;
import static io.parley.bootstrap.support.RawWebSocket.PING;
import static io.parley.bootstrap.support.RawWebSocket.PONG;
import static io.parley.bootstrap.support.RawWebSocket.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawWebSocket;
import io.parley.bootstrap.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 6455 conformance, case by case as Autobahn|Testsuite checks it, for the cases that apply to a server taking
 * text frames (framing, fragmentation, UTF-8, control frames, close handling), with a client on a plain socket.
 */
class ProtocolConformanceOverWsIT {
    private static final byte[] HELLO_JSON = "{\"type\":\"typing\"}".getBytes(StandardCharsets.UTF_8);
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    private Api.Session alice;
    private Api.Session bob;
    private long chat;

    /** A chat socket of Alice's, past its history frame. */
    private RawWebSocket chatSocket() {
        alice = api.register();
        bob = api.register();
        chat = chats.open(alice, bob);
        RawWebSocket socket = RawWebSocket.open(server, "/api/v1/chat/" + chat, alice.accessToken());
        socket.awaitText("\"history\"");
        return socket;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertClosedWith(RawWebSocket socket, int code) {
        RawWebSocket.Frame close = socket.awaitClose();
        assertThat(close.code()).as("close reason: %s", close.reason()).isEqualTo(code);
    }

    @Test
    void aCloseWithoutAStatusCodeIsAnsweredWithACloseAndTheConnectionEnds() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(CLOSE, new byte[0]);
            RawWebSocket.Frame answer = socket.awaitClose();
            assertThat(answer.code()).isIn(-1, 1000);
            assertThat(socket.droppedWithin(5_000)).isTrue();
        }
    }

    @Test
    void aCloseWithAValidCodeIsAnsweredWithThatCode() {
        for (int code : List.of(1000, 1001, 1003, 1007, 1011, 3000, 4999)) {
            try (RawWebSocket socket = chatSocket()) {
                socket.close(code, utf8("bye ✓"));
                assertThat(socket.awaitClose().code()).as("code %d", code).isEqualTo(code);
                assertThat(socket.droppedWithin(5_000)).isTrue();
            }
        }
    }

    @Test
    void aCloseWithAnInvalidCodeOrBodyIsAProtocolError() {
        for (int code : List.of(0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535)) {
            try (RawWebSocket socket = chatSocket()) {
                socket.close(code, new byte[0]);
                assertClosedWith(socket, 1002);
            }
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(CLOSE, new byte[] {0x03});
            assertClosedWith(socket, 1002);
        }
    }

    @Test
    void aCloseReasonThatIsNotUtf8IsRefused() {
        try (RawWebSocket socket = chatSocket()) {
            socket.close(
                    1000, new byte[] {(byte) 0xce, (byte) 0xba, (byte) 0xe1, (byte) 0xbd, (byte) 0xb9, (byte) 0xff});
            assertClosedWith(socket, 1007);
        }
    }

    @Test
    void reservedBitsWithoutANegotiatedExtensionCloseWith1002() {
        for (int rsv = 1; rsv <= 7; rsv++) {
            try (RawWebSocket socket = chatSocket()) {
                socket.frame(true, rsv, TEXT, HELLO_JSON);
                RawWebSocket.Frame close = socket.awaitClose();
                assertThat(close.code()).as("rsv %d", rsv).isEqualTo(1002);
                assertThat(close.reason()).isEqualTo("reserved bits set without an extension");
            }
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(true, 4, PING, utf8("rsv1 ping"));
            assertClosedWith(socket, 1002);
        }
    }

    @Test
    void compressedFramesAreReadWhenPermessageDeflateWasNegotiatedAsBrowsersDo() {
        chatSocket().close();
        try (RawWebSocket socket = RawWebSocket.openCompressed(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.awaitText("\"history\"");
            socket.compressedText("{\"type\":\"message\",\"text\":\"squeezed\",\"client_id\":\"z-1\"}");
            assertThat(socket.awaitText("\"ack\"")).contains("z-1");
            // RSV2 and RSV3 belong to no extension
            socket.frame(true, 2, TEXT, HELLO_JSON);
            assertClosedWith(socket, 1002);
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat))
                .extracting(m -> m.get("text"))
                .containsExactly("squeezed");
    }

    @Test
    void aFragmentedMessageOver64KibClosesWith1009AsSoonAsItPassesTheLimitAndStoresNothing() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(false, 0, TEXT, utf8("{\"type\":\"message\",\"text\":\""));
            byte[] chunk = utf8("x".repeat(16 * 1024));
            for (int i = 0; i < 4; i++) {
                socket.frame(false, 0, CONTINUATION, chunk);
            }
            // past 65,536 bytes now, and no final fragment sent
            RawWebSocket.Frame close = socket.awaitClose();
            assertThat(close.code()).isEqualTo(1009);
            assertThat(close.reason()).isEqualTo("frames are limited to 64 KiB");
        }
        assertThat(chats.history(alice, "/api/v1/chat/" + chat)).isEmpty();
    }

    @Test
    void aFragmentedMessageUpTo64KibWithPingsInBetweenIsOneMessage() {
        try (RawWebSocket socket = chatSocket()) {
            String text = "é".repeat(1000);
            byte[] whole = utf8("{\"type\":\"message\",\"text\":\"" + text + "\",\"client_id\":\"frag-1\"}");
            // split inside a two-byte character, and a ping between the fragments
            int cut = 28;
            socket.frame(false, 0, TEXT, Arrays.copyOfRange(whole, 0, cut));
            socket.frame(PING, utf8("between"));
            assertThat(socket.nextControlOrClose()).satisfies(pong -> {
                assertThat(pong.opcode()).isEqualTo(PONG);
                assertThat(pong.text()).isEqualTo("between");
            });
            socket.frame(false, 0, CONTINUATION, Arrays.copyOfRange(whole, cut, cut + 1001));
            socket.frame(true, 0, CONTINUATION, Arrays.copyOfRange(whole, cut + 1001, whole.length));
            assertThat(socket.awaitText("\"ack\"")).contains("frag-1");
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat))
                .extracting(m -> m.get("text"))
                .containsExactly("é".repeat(1000));
    }

    @Test
    void textThatIsNotUtf8ClosesWith1007AndStoresNothing() {
        List<byte[]> bad = List.of(
                new byte[] {(byte) 0xff},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xe2, (byte) 0x82});
        for (byte[] bytes : bad) {
            try (RawWebSocket socket = chatSocket()) {
                byte[] frame = concat(utf8("{\"type\":\"message\",\"text\":\""), bytes, utf8("\"}"));
                socket.frame(TEXT, frame);
                RawWebSocket.Frame close = socket.awaitClose();
                assertThat(close.code()).as(Arrays.toString(bytes)).isEqualTo(1007);
                assertThat(close.reason()).isEqualTo("text frames must be UTF-8");
            }
            assertThat(chats.history(alice, "/api/v1/chat/" + chat)).isEmpty();
        }
    }

    @Test
    void invalidUtf8InTheFirstFragmentClosesBeforeTheMessageEnds() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(false, 0, TEXT, concat(utf8("{\"type\":\"message\",\"text\":\""), new byte[] {(byte) 0xff}));
            assertClosedWith(socket, 1007);
        }
        try (RawWebSocket socket = chatSocket()) {
            // a message that ends inside a character
            socket.frame(false, 0, TEXT, utf8("{\"type\":\"typing\"}"));
            socket.frame(true, 0, CONTINUATION, new byte[] {(byte) 0xe2, (byte) 0x82});
            assertClosedWith(socket, 1007);
        }
    }

    @Test
    void binaryFramesAreReadAsUtf8JsonAndBadBytesGetAnErrorFrame() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(BINARY, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
            assertThat(socket.awaitText("\"error\"")).contains("frame.invalid_json");
            socket.frame(BINARY, utf8("{\"type\":\"message\",\"text\":\"bin\",\"client_id\":\"b-1\"}"));
            assertThat(socket.awaitText("\"ack\"")).contains("b-1");
        }
    }

    @Test
    void controlFramesOver125BytesOrFragmentedAreProtocolErrors() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(PING, new byte[126]);
            assertClosedWith(socket, 1002);
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(false, 0, PING, utf8("part"));
            assertClosedWith(socket, 1002);
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(false, 0, CLOSE, new byte[] {0x03, (byte) 0xe8});
            assertClosedWith(socket, 1002);
        }
    }

    @Test
    void pingsAreAnsweredWithTheirPayloadAndUnaskedPongsAreIgnored() {
        try (RawWebSocket socket = chatSocket()) {
            byte[] payload = new byte[125];
            Arrays.fill(payload, (byte) 0xfe);
            socket.frame(PING, payload);
            RawWebSocket.Frame pong = socket.nextControlOrClose();
            assertThat(pong.opcode()).isEqualTo(PONG);
            assertThat(pong.body()).isEqualTo(payload);
            socket.frame(PING, new byte[0]);
            assertThat(socket.nextControlOrClose().opcode()).isEqualTo(PONG);
            socket.frame(PONG, utf8("unasked"));
            socket.text("{\"type\":\"message\",\"text\":\"after pong\",\"client_id\":\"p-1\"}");
            assertThat(socket.awaitText("\"ack\"")).contains("p-1");
        }
    }

    @Test
    void reservedOpcodesAreProtocolErrors() {
        for (int opcode : List.of(3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf)) {
            try (RawWebSocket socket = chatSocket()) {
                socket.frame(opcode, utf8("x"));
                RawWebSocket.Frame close = socket.awaitClose();
                assertThat(close.code()).as("opcode %d", opcode).isEqualTo(1002);
            }
        }
    }

    @Test
    void continuationsOutOfPlaceAndUnmaskedFramesAreProtocolErrors() {
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(true, 0, CONTINUATION, HELLO_JSON);
            assertClosedWith(socket, 1002);
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.frame(false, 0, TEXT, utf8("{\"type\":"));
            socket.frame(true, 0, TEXT, HELLO_JSON);
            assertClosedWith(socket, 1002);
        }
        try (RawWebSocket socket = chatSocket()) {
            socket.unmaskedText("{\"type\":\"typing\"}");
            assertClosedWith(socket, 1002);
        }
    }

    @Test
    void emptyAndManySmallFragmentsMakeOneMessage() {
        try (RawWebSocket socket = chatSocket()) {
            byte[] whole = utf8("{\"type\":\"message\",\"text\":\"bit by bit\",\"client_id\":\"f-2\"}");
            socket.frame(false, 0, TEXT, new byte[0]);
            for (byte b : whole) {
                socket.frame(false, 0, CONTINUATION, new byte[] {b});
            }
            socket.frame(true, 0, CONTINUATION, new byte[0]);
            assertThat(socket.awaitText("\"ack\"")).contains("f-2");
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
