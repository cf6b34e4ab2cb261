package io.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawClose;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the server ends a socket it sends its last frame, then its close frame, and keeps the connection until the
 * client's close (or the 2 s close timeout), so a client library that loses a frame arriving with the end of the
 * connection still sees it.
 */
class ClosingHandshakeOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session owner;
    private Api.Session member;
    private long group;

    @BeforeEach
    void aGroupWithAMember() {
        owner = api.register();
        member = api.register();
        group = chats.group(owner, Api.uniqueName("closing "), member);
    }

    @Test
    void removedFromGroupComesBeforeTheCloseAndTheServerWaitsForTheClientsClose() throws IOException {
        try (Socket socket = RawUpgrade.openSilent(server, "/api/v1/group/" + group, member.accessToken())) {
            RawUpgrade.readTextContaining(socket, "history");
            remove(member);

            List<RawUpgrade.Frame> frames = RawClose.framesUntilClose(socket);
            RawUpgrade.Frame close = frames.get(frames.size() - 1);
            assertThat(RawClose.code(close)).isEqualTo(4403);
            assertThat(frames).as("a data frame precedes the close").hasSizeGreaterThan(1);
            RawUpgrade.Frame last = frames.get(frames.size() - 2);
            assertThat(last.opcode()).isEqualTo(0x1);
            assertThat(RawClose.text(last)).contains("\"notification\"").contains("removed_from_group");

            assertThat(RawClose.millisUntilDropped(socket, 700))
                    .as("the connection is still up while the server waits for the client's close")
                    .isEqualTo(-1);
            RawClose.sendClose(socket, 4403);
            assertThat(RawClose.millisUntilDropped(socket, 1500))
                    .as("dropped once the client's close arrived, with nothing sent after the close frame")
                    .isBetween(0L, 1000L);
        }
    }

    @Test
    void aClientThatNeverAnswersTheCloseIsDroppedAfterTheCloseTimeout() throws IOException {
        try (Socket socket = RawUpgrade.openSilent(server, "/api/v1/group/" + group, member.accessToken())) {
            RawUpgrade.readTextContaining(socket, "history");
            remove(member);
            RawUpgrade.readTextContaining(socket, "removed_from_group");
            assertThat(RawClose.code(RawClose.framesUntilClose(socket).get(0))).isEqualTo(4403);

            assertThat(RawClose.millisUntilDropped(socket, 10_000))
                    .as("held for about the 2 s close timeout, then dropped")
                    .isBetween(1_500L, 6_000L);
        }
    }

    @Test
    void aClientsOwnCloseIsAnsweredAndTheConnectionEndsAtOnce() throws IOException {
        try (Socket socket = RawUpgrade.openSilent(server, "/api/v1/main", member.accessToken())) {
            RawUpgrade.readTextContaining(socket, "unread_messages");
            RawClose.sendClose(socket, 1000);

            assertThat(RawClose.code(RawClose.framesUntilClose(socket).get(0))).isEqualTo(1000);
            assertThat(RawClose.millisUntilDropped(socket, 1500)).isBetween(0L, 1000L);
        }
    }

    private void remove(Api.Session who) {
        Api.Reply reply = api.deleteJson(
                "/api/v1/group/" + group + "/delete", Map.of("users", Chats.refs(who)), owner.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
