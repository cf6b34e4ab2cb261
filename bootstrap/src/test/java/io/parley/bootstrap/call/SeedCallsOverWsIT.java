package io.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's call frames, sent as the seed prints them (no {@code to}, a client-chosen {@code sessionId}): in a call of
 * two they reach the other participant; in a group call an offer reaches everyone else, each answer reaches the
 * offerer only, and ICE reaches everyone else; every relayed signal says whom it is {@code from}.
 */
class SeedCallsOverWsIT {
    private static final String SDP = "v=0\r\no=- 1234567890 1234567890 IN IP4 127.0.0.1\r\n...";
    private static final String CANDIDATE = "candidate:1 1 UDP 2113667326 192.168.1.100 54400 typ host";
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void inACallOfTwoSeedFramesWithoutToReachTheOtherParticipant() throws InterruptedException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat + "/call";

        try (WsClient aliceCall = WsClient.open(server, path, alice.accessToken());
                WsClient bobCall = WsClient.open(server, path, bob.accessToken())) {
            String aliceSession = join(aliceCall, chat);
            aliceCall.sendText(SeedFrames.offer(chat));
            assertThat(aliceCall.next(type("error"))).containsEntry("error", "call.no_peer");
            String bobSession = join(bobCall, chat);
            aliceCall.next(type("join"));

            bobCall.sendText(SeedFrames.offer(chat));
            Map<String, Object> offer = aliceCall.next(type("offer"));
            assertThat(offer)
                    .containsEntry("from", bobSession)
                    .containsEntry("sessionId", bobSession)
                    .containsEntry("to", aliceSession);
            assertThat(Frames.map(offer, "payload")).isEqualTo(Map.of("type", "offer", "sdp", SDP));

            aliceCall.sendText(SeedFrames.answer(chat));
            Map<String, Object> answer = bobCall.next(type("answer"));
            assertThat(answer).containsEntry("from", aliceSession).containsEntry("to", bobSession);
            assertThat(Frames.map(answer, "payload")).isEqualTo(Map.of("type", "answer", "sdp", SDP));

            bobCall.sendText(SeedFrames.ice(chat));
            assertThat(aliceCall.next(type("ice"))).containsEntry("from", bobSession);
            aliceCall.sendText(SeedFrames.ice(chat));
            Map<String, Object> ice = bobCall.next(type("ice"));
            assertThat(ice).containsEntry("from", aliceSession).containsEntry("to", bobSession);
            assertThat(Frames.map(ice, "payload"))
                    .isEqualTo(Map.of("candidate", CANDIDATE, "sdpMLineIndex", 0, "sdpMid", "0"));

            bobCall.sendText(SeedFrames.leave(chat));
            assertThat(aliceCall.next(type("leave"))).containsEntry("sessionId", bobSession);
            Thread.sleep(200);
            assertThat(aliceCall.all()).noneMatch(type("error").and(f -> !"call.no_peer".equals(f.get("error"))));
            assertThat(bobCall.all()).noneMatch(type("error"));
        }
    }

    @Test
    void inAGroupCallASeedOfferReachesEveryoneElseAndEachAnswerOnlyTheOfferer() throws InterruptedException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long group = chats.group(alice, "Tea party", bob, carol);
        String path = "/api/v1/group/" + group + "/call";

        try (WsClient aliceCall = WsClient.open(server, path, alice.accessToken());
                WsClient bobCall = WsClient.open(server, path, bob.accessToken());
                WsClient carolCall = WsClient.open(server, path, carol.accessToken())) {
            String aliceSession = join(aliceCall, group);
            String bobSession = join(bobCall, group);
            String carolSession = join(carolCall, group);

            carolCall.sendText(SeedFrames.offer(group));
            for (WsClient other : new WsClient[] {aliceCall, bobCall}) {
                Map<String, Object> offer = other.next(type("offer"));
                assertThat(offer).containsEntry("from", carolSession);
                assertThat(Frames.map(offer, "payload")).containsEntry("sdp", SDP);
            }
            assertThat(((String) aliceCall.all().stream()
                            .filter(type("offer"))
                            .findFirst()
                            .orElseThrow()
                            .get("to")))
                    .isEqualTo(aliceSession);

            aliceCall.sendText(SeedFrames.answer(group));
            bobCall.sendText(SeedFrames.answer(group));
            assertThat(carolCall.awaitCount(type("answer"), 2, WsClient.WAIT))
                    .extracting(f -> f.get("from"))
                    .containsExactlyInAnyOrder(aliceSession, bobSession);

            carolCall.sendText(SeedFrames.ice(group));
            assertThat(aliceCall.next(type("ice"))).containsEntry("from", carolSession);
            assertThat(bobCall.next(type("ice"))).containsEntry("from", carolSession);

            Thread.sleep(200);
            assertThat(aliceCall.all()).noneMatch(type("answer"));
            assertThat(bobCall.all()).noneMatch(type("answer"));
            assertThat(carolCall.all()).filteredOn(type("ice")).isEmpty();
            for (WsClient call : new WsClient[] {aliceCall, bobCall, carolCall}) {
                assertThat(call.all()).noneMatch(type("error"));
            }

            // Alice answers again with no offer waiting: like any signal without to, to everyone else
            aliceCall.sendText(SeedFrames.answer(group));
            assertThat(bobCall.next(type("answer"))).containsEntry("from", aliceSession);
            assertThat(carolCall.awaitCount(type("answer"), 3, WsClient.WAIT))
                    .extracting(f -> f.get("from"))
                    .containsExactlyInAnyOrder(aliceSession, bobSession, aliceSession);
        }
    }

    private static Predicate<Map<String, Object>> type(String type) {
        return f -> type.equals(f.get("type"));
    }

    private static String join(WsClient socket, long room) {
        socket.sendText(SeedFrames.join(room));
        Map<String, Object> joined = socket.next(type("joined"));
        assertThat(joined.get("sessionId")).isNotEqualTo("unique-session-id");
        return (String) joined.get("sessionId");
    }
}
