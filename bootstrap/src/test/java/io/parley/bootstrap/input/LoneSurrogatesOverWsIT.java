package io.parley.bootstrap.input;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A frame whose text is not valid Unicode is answered with an error frame and stores nothing. */
class LoneSurrogatesOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void loneSurrogatesInTextOrClientIdAreRefusedAndTwoKeysNeverCollapse() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        Map<String, Object> kept = chats.send(alice, "/api/v1/chat/" + chat, "kept");
        String[] frames = {
            "{\"type\":\"message\",\"text\":\"a\\ud800\"}",
            "{\"type\":\"message\",\"text\":\"one\",\"client_id\":\"\\ud800\"}",
            "{\"type\":\"message\",\"text\":\"two\",\"client_id\":\"\\ud801\"}",
            "{\"type\":\"update\",\"id\":" + Chats.id(kept) + ",\"text\":\"\\udc00\"}",
            "{\"type\":\"message\",\"payload\":{\"type\":\"message\",\"text\":\"\\udbff\"}}"
        };
        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            for (String frame : frames) {
                socket.sendText(frame);
                Map<String, Object> error = payload(socket.next("error", null));
                assertThat(error.get("error")).as(frame).isEqualTo("frame.invalid_text");
            }
            socket.send(Map.of("type", "message", "text", "still here"));
            assertThat(payload(socket.next("ack", null)).get("action")).isEqualTo("message");
        }
        assertThat(chats.history(bob, "/api/v1/chat/" + chat))
                .extracting(m -> m.get("text"))
                .containsExactly("kept", "still here");
    }
}
