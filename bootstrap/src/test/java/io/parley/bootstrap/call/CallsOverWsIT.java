package io.parley.bootstrap.call;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.net.Socket;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** WebRTC signalling over the call sockets: join, targeted relay, leave and drop, call notifications, bad frames. */
class CallsOverWsIT {
    private static final Map<String, Object> SDP =
            Map.of("type", "offer", "sdp", "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n");
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    private static Predicate<Map<String, Object>> type(String type) {
        return f -> type.equals(f.get("type"));
    }

    private static String join(WsClient socket, long room) {
        socket.send(Map.of("type", "join", "roomId", room, "sessionId", "chosen-by-client"));
        Map<String, Object> joined = socket.next(type("joined"));
        assertThat(joined.get("sessionId")).isNotEqualTo("chosen-by-client");
        return (String) joined.get("sessionId");
    }

    @Test
    void twoMembersJoinAndExchangeOfferAnswerAndIceThroughTheServer() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat + "/call";

        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient aliceCall = WsClient.open(server, path, alice.accessToken());
                WsClient bobCall = WsClient.openWithQueryToken(server, path, bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            String aliceSession = join(aliceCall, chat);
            Map<String, Object> started = payload(bobMain.next("notification", "call"));
            assertThat(number(Frames.map(started, "message"), "chat_id")).isEqualTo(chat);

            bobCall.send(Map.of("type", "join", "roomId", chat));
            Map<String, Object> joined = bobCall.next(type("joined"));
            String bobSession = (String) joined.get("sessionId");
            assertThat(Frames.list(joined, "participants"))
                    .extracting(p -> p.get("sessionId"))
                    .containsExactly(aliceSession);
            assertThat(aliceCall.next(type("join"))).containsEntry("sessionId", bobSession);

            aliceCall.send(Map.of(
                    "type", "offer", "roomId", chat, "sessionId", aliceSession, "to", bobSession, "payload", SDP));
            Map<String, Object> offer = bobCall.next(type("offer"));
            assertThat(offer).containsEntry("sessionId", aliceSession).containsEntry("to", bobSession);
            assertThat(Frames.map(offer, "payload")).isEqualTo(SDP);
            bobCall.send(Map.of(
                    "type",
                    "answer",
                    "roomId",
                    chat,
                    "sessionId",
                    bobSession,
                    "to",
                    aliceSession,
                    "payload",
                    Map.of("type", "answer", "sdp", "v=0")));
            assertThat(Frames.map(aliceCall.next(type("answer")), "payload")).containsEntry("sdp", "v=0");
            bobCall.send(Map.of(
                    "type",
                    "ice",
                    "roomId",
                    chat,
                    "to",
                    aliceSession,
                    "payload",
                    Map.of("candidate", "candidate:1 1 UDP 1 127.0.0.1 5000 typ host", "sdpMLineIndex", 0)));
            assertThat(Frames.map(aliceCall.next(type("ice")), "payload")).containsEntry("sdpMLineIndex", 0);

            bobCall.send(Map.of("type", "leave", "roomId", chat, "sessionId", bobSession));
            assertThat(aliceCall.next(type("leave"))).containsEntry("sessionId", bobSession);
            aliceCall.close();
            assertThat(payload(bobMain.next("notification", "call_ended"))).isNotNull();
        }
    }

    @Test
    void aSignalReachesOnlyItsTargetAndADroppedSocketCountsAsLeaving() throws InterruptedException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long group = chats.group(alice, "Conference", bob, carol);
        String path = "/api/v1/group/" + group + "/call";

        try (WsClient aliceCall = WsClient.open(server, path, alice.accessToken());
                WsClient bobCall = WsClient.open(server, path, bob.accessToken());
                WsClient carolCall = WsClient.open(server, path, carol.accessToken());
                WsClient groupSocket = WsClient.open(server, "/api/v1/group/" + group, carol.accessToken())) {
            groupSocket.next("history", null);
            String aliceSession = join(aliceCall, group);
            assertThat(payload(groupSocket.next("message", "call"))).containsEntry("chat_type", "group");
            String bobSession = join(bobCall, group);
            join(carolCall, group);

            aliceCall.send(Map.of("type", "offer", "roomId", group, "to", bobSession, "payload", SDP));
            bobCall.next(type("offer"));
            Thread.sleep(200);
            assertThat(carolCall.all()).noneMatch(type("offer"));

            bobCall.close();
            assertThat(aliceCall.next(type("leave"))).containsEntry("sessionId", bobSession);
            assertThat(carolCall.next(type("leave"))).containsEntry("sessionId", bobSession);
            assertThat(aliceSession).isNotBlank();
        }
    }

    @Test
    void outsidersCannotOpenACallSocket() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session eve = api.register();
        long chat = chats.open(alice, bob);

        assertThat(RawUpgrade.request(server, "/api/v1/chat/" + chat + "/call", eve.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(RawUpgrade.request(server, "/api/v1/chat/" + chat + "/call", null)
                        .status())
                .isEqualTo(401);
        assertThat(RawUpgrade.request(server, "/api/v1/group/" + chat + "/call", alice.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badFramesGetErrorFramesAndTheSocketStays() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient call = WsClient.open(server, "/api/v1/chat/" + chat + "/call", alice.accessToken())) {
            List<List<String>> cases = List.of(
                    List.of("not json", "frame.invalid_json"),
                    List.of("", "frame.invalid_json"),
                    List.of("{", "frame.invalid_json"),
                    List.of("null", "frame.invalid_json"),
                    List.of("[]", "frame.invalid_json"),
                    List.of("{\"type\":42}", "frame.invalid_field"),
                    List.of("{\"type\":\"join\",\"roomId\":" + chat + ".5}", "frame.invalid_field"),
                    List.of("{\"type\":\"offer\",\"to\":7}", "frame.invalid_field"),
                    List.of("{\"type\":\"offer\",\"payload\":\"sdp\"}", "frame.invalid_field"),
                    List.of("{\"type\":\"dance\"}", "frame.unknown_type"),
                    List.of("{}", "frame.missing_field"),
                    List.of("{\"type\":\"offer\",\"to\":\"x\"}", "call.not_joined"),
                    List.of("{\"type\":\"join\",\"roomId\":" + (chat + 1) + "}", "call.wrong_room"),
                    List.of("{\"type\":\"join\",\"roomId\":\"one\"}", "frame.invalid_field"));
            for (List<String> bad : cases) {
                call.sendText(bad.get(0));
                assertThat(call.next(type("error"))).as(bad.get(0)).containsEntry("error", bad.get(1));
            }
            String session = join(call, chat);
            call.send(Map.of("type", "join", "roomId", chat));
            assertThat(call.next(type("error"))).containsEntry("error", "call.already_joined");
            call.send(Map.of("type", "offer", "roomId", chat, "to", "nobody", "payload", SDP));
            assertThat(call.next(type("error"))).containsEntry("error", "call.unknown_session");
            call.send(Map.of("type", "offer", "roomId", chat, "sessionId", session, "payload", SDP));
            assertThat(call.next(type("error"))).containsEntry("error", "call.no_peer");
            call.sendText("{\"type\":\"offer\",\"roomId\":" + chat + ",\"to\":\"" + session
                    + "\",\"payload\":{\"sdp\":\"" + "a".repeat(70_000) + "\"}}");
            assertThat(call.closeCode(WsClient.WAIT)).isEqualTo(1009);
        }
    }

    @Test
    void iceServersComeFromConfigurationWithTurnCredentialsMintedTheTurnRestWay() throws Exception {
        Api.Session alice = api.register();
        Map<String, Object> nothing =
                api.get("/api/v1/calls/ice-servers", alice.accessToken()).json();
        assertThat(Frames.list(nothing, "ice_servers")).isEmpty();
        assertThat(((Number) nothing.get("ttl")).longValue()).isEqualTo(3600);
        assertThat(api.get("/api/v1/calls/ice-servers", null).status()).isEqualTo(401);

        try (Parley noSecret = TestServer.start(
                TestDatabase.shared(),
                Map.of("parley.calls.turn-urls", "turn:turn.example.org:3478,turns:turn.example.org:5349"))) {
            Api plainApi = new Api(noSecret);
            Map<String, Object> plain = plainApi.get(
                            "/api/v1/calls/ice-servers", plainApi.register().accessToken())
                    .json();
            assertThat(Frames.list(plain, "ice_servers"))
                    .singleElement()
                    .isEqualTo(Map.of("urls", List.of("turn:turn.example.org:3478", "turns:turn.example.org:5349")));
        }

        try (Parley withTurn = TestServer.start(
                TestDatabase.shared(),
                Map.of(
                        "parley.calls.stun-urls", "stun:stun.example.org:3478",
                        "parley.calls.turn-urls", "turn:turn.example.org:3478?transport=udp",
                        "parley.calls.turn-secret", "north-wind-secret",
                        "parley.calls.credential-ttl", "10m"))) {
            Api turnApi = new Api(withTurn);
            Api.Session bob = turnApi.register();
            long now = System.currentTimeMillis() / 1000;
            Map<String, Object> minted =
                    turnApi.get("/api/v1/calls/ice-servers", bob.accessToken()).json();

            assertThat(((Number) minted.get("ttl")).longValue()).isEqualTo(600);
            List<Map<String, Object>> servers = Frames.list(minted, "ice_servers");
            assertThat(servers.get(0))
                    .containsEntry("urls", List.of("stun:stun.example.org:3478"))
                    .doesNotContainKeys("username", "credential");
            Map<String, Object> turn = servers.get(1);
            String username = (String) turn.get("username");
            assertThat(username).endsWith(":" + bob.userId());
            assertThat(Long.parseLong(username.split(":")[0])).isBetween(now + 590, now + 610);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec("north-wind-secret".getBytes(), "HmacSHA1"));
            assertThat(turn.get("credential"))
                    .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes())));
        }
    }

    @Test
    void aRemovedMemberALoggedOutSessionAndASilentClientAreTakenOutOfTheCall() throws Exception {
        Parley fast = TestServer.fastTimers();
        Api fastApi = new Api(fast);
        Api.Session alice = fastApi.register();
        Api.Session bob = fastApi.register();
        Api.Session carol = fastApi.register();
        Api.Session dave = fastApi.register();
        long group = new Chats(fastApi).group(alice, "Standup", bob, carol, dave);
        String path = "/api/v1/group/" + group + "/call";

        try (WsClient aliceCall = WsClient.open(fast, path, alice.accessToken());
                WsClient bobCall = WsClient.open(fast, path, bob.accessToken());
                WsClient carolCall = WsClient.open(fast, path, carol.accessToken());
                Socket daveCall = RawUpgrade.openAndSendAtOnce(fast, path, dave.accessToken(), "{\"type\":\"join\"}")) {
            join(aliceCall, group);
            String bobSession = join(bobCall, group);
            String carolSession = join(carolCall, group);
            String daveSession = RawUpgrade.readTextContaining(daveCall, "\"joined\"")
                    .replaceAll("^.*?\"sessionId\":\"([^\"]+)\".*", "$1");

            assertThat(fastApi.deleteJson(
                                    "/api/v1/group/" + group + "/delete",
                                    Map.of("users", List.of(Map.of("id", bob.userId()))),
                                    alice.accessToken())
                            .status())
                    .isEqualTo(200);
            assertThat(bobCall.closeCode(WsClient.WAIT)).isEqualTo(4403);
            assertThat(aliceCall.next(f -> "leave".equals(f.get("type")))).containsEntry("sessionId", bobSession);

            assertThat(fastApi.send("POST", "/api/v1/auth/logout", carol.accessToken())
                            .status())
                    .isEqualTo(204);
            assertThat(carolCall.closeCode(WsClient.WAIT)).isEqualTo(4401);
            assertThat(aliceCall.next(f -> "leave".equals(f.get("type")) && carolSession.equals(f.get("sessionId"))))
                    .isNotNull();

            // dave's client stops answering: no pongs, no frames; the fast server's idle timeout is 5 s
            daveCall.setSoTimeout(20_000);
            assertThat(RawUpgrade.readUntilClose(daveCall)).isEqualTo(1001);
            assertThat(aliceCall.next(f -> "leave".equals(f.get("type")) && daveSession.equals(f.get("sessionId"))))
                    .isNotNull();
        }
    }

    @Test
    void aMemberWhoConnectsDuringACallIsToldOfItAndOthersAreNot() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long chat = chats.open(alice, bob);
        long quiet = chats.open(carol, bob);

        try (WsClient aliceCall = WsClient.open(server, "/api/v1/chat/" + chat + "/call", alice.accessToken())) {
            join(aliceCall, chat);
            try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                    WsClient carolMain = WsClient.open(server, "/api/v1/main", carol.accessToken())) {
                Map<String, Object> call = payload(bobMain.next("notification", "call"));
                assertThat(Frames.map(call, "message")).containsEntry("chat_type", "private");
                assertThat(number(Frames.map(call, "message"), "chat_id")).isEqualTo(chat);
                assertThat(number(Frames.map(Frames.map(call, "message"), "author"), "id"))
                        .isEqualTo(alice.userId());
                carolMain.next("message", "unread_messages");
                bobMain.send(Map.of("type", "typing", "chat_id", quiet));
                carolMain.next("message", "typing");
                assertThat(carolMain.all()).noneMatch(f -> "notification".equals(f.get("type")));
            }
        }
    }
}
