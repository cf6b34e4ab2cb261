package io.parley.bootstrap.call;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.HeadlessChromium;
import io.parley.bootstrap.support.TestPageServer;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The proof in a real browser: two headless Chromiums, logged in as the two members of a chat, join its call through
 * Parley's call socket and set up a WebRTC connection over which each receives the other's (fake) camera and
 * microphone; once with Parley's frames, once with seed 000's (no {@code to}, peers told apart by {@code from}).
 */
class BrowserCallIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void twoChromiumsConnectThroughParleysSignallingAndReceiveEachOthersMedia() throws Exception {
        callBetweenTwoChromiums(false);
    }

    @Test
    void twoChromiumsSendingSeed000FramesWithoutToConnectAndReceiveEachOthersMedia() throws Exception {
        callBetweenTwoChromiums(true);
    }

    private void callBetweenTwoChromiums(boolean seedFrames) throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat + "/call";
        JsonMapper json = server.context().getBean(JsonMapper.class);

        try (TestPageServer pages = TestPageServer.start();
                WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                HeadlessChromium aliceBrowser = HeadlessChromium.start(json);
                HeadlessChromium bobBrowser = HeadlessChromium.start(json)) {
            bobMain.next("message", "unread_messages");
            aliceBrowser.open(pages.callPage(server, path, chat, alice.accessToken(), seedFrames));
            Map<String, Object> aliceJoined = await(aliceBrowser, s -> s.get("session") != null, "Alice joined");
            assertThat(Frames.number(Frames.map(payload(bobMain.next("notification", "call")), "message"), "chat_id"))
                    .isEqualTo(chat);

            bobBrowser.open(pages.callPage(server, path, chat, bob.accessToken(), seedFrames));
            Predicate<Map<String, Object>> live = s -> "connected".equals(s.get("connection"))
                    && ((List<?>) s.get("tracks")).containsAll(List.of("audio", "video"));
            Map<String, Object> bobState;
            try {
                bobState = await(bobBrowser, live, "Bob's peer connection with media");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; Alice's page: " + state(aliceBrowser), e);
            }
            Map<String, Object> aliceState = await(aliceBrowser, live, "Alice's peer connection with media");

            assertThat(bobState.get("participants")).isEqualTo(List.of(aliceJoined.get("session")));
            assertThat(aliceState.get("joined")).isEqualTo(List.of(bobState.get("session")));
            assertThat(aliceState.get("errors")).isEqualTo(List.of());
            assertThat(bobState.get("errors")).isEqualTo(List.of());
            awaitMedia(aliceBrowser);
            awaitMedia(bobBrowser);

            aliceBrowser.page().evaluate("leaveCall()");
            await(bobBrowser, s -> ((List<?>) s.get("left")).contains(aliceJoined.get("session")), "Alice left");
        }
    }

    /** Polls the page's {@code window.callTest} until it satisfies {@code condition}; fails with what it saw. */
    private static Map<String, Object> await(
            HeadlessChromium browser, Predicate<Map<String, Object>> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, Object> state = Map.of();
        while (System.nanoTime() < deadline) {
            state = state(browser);
            if (state != null && condition.test(state)) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " did not happen within " + PATIENCE + "; the page: " + state
                + "; Chromium said: " + browser.output());
    }

    private static void awaitMedia(HeadlessChromium browser) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (((Number) browser.page().evaluate("bytesReceived()")).longValue() > 10_000) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no media bytes arrived; the page: " + state(browser));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(HeadlessChromium browser) {
        return (Map<String, Object>) browser.page().evaluate("window.callTest");
    }
}
