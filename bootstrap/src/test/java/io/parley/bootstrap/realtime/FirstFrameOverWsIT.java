package io.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * A client may send the moment its socket opens (browsers do, in {@code onopen}); that first frame must never be
 * lost, whichever socket it is and however long the upgrade's membership and session checks took.
 */
class FirstFrameOverWsIT {
    private static final int ATTEMPTS = 25;
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void aFrameSentTheInstantTheMainSocketOpensIsAnswered() throws IOException {
        Api.Session alice = api.register();
        for (int i = 0; i < ATTEMPTS; i++) {
            try (Socket socket = RawUpgrade.openAndSendAtOnce(server, "/api/v1/main", alice.accessToken(), "oops")) {
                assertThat(RawUpgrade.readTextContaining(socket, "frame.invalid_json"))
                        .contains("\"error\"");
            }
        }
    }

    @Test
    void aFrameSentTheInstantAChatOrCallSocketOpensIsAnswered() throws IOException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        for (int i = 0; i < ATTEMPTS; i++) {
            try (Socket socket =
                    RawUpgrade.openAndSendAtOnce(server, "/api/v1/chat/" + chat, alice.accessToken(), "oops")) {
                RawUpgrade.readTextContaining(socket, "frame.invalid_json");
            }
            try (Socket socket = RawUpgrade.openAndSendAtOnce(
                    server, "/api/v1/chat/" + chat + "/call", alice.accessToken(), "{\"type\":\"join\"}")) {
                assertThat(RawUpgrade.readTextContaining(socket, "\"joined\"")).contains("sessionId");
            }
        }
    }
}
