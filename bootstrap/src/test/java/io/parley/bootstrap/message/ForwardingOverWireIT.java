package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding over REST and sockets: the copy is a new message of the target chat with the original's text and files
 * and {@code forwarded_from} (original author and time, never the original chat); live to the target's members, in
 * history, catch-up and the chat list; files stay downloadable through the target chat, also once the source is gone.
 */
class ForwardingOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private long sourceId;
    private String source;
    private long targetId;
    private String target;

    @BeforeEach
    void openChats() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        sourceId = chats.open(alice, bob);
        source = "/api/v1/chat/" + sourceId;
        targetId = chats.open(alice, carol);
        target = "/api/v1/chat/" + targetId;
    }

    @Test
    void aRestForwardIsANewMessageOfTheTargetSaysWhoWroteItFirstAndReachesTheTargetLive() {
        Map<String, Object> original = chats.send(bob, source, "Tea at five?");
        try (WsClient carols = WsClient.open(server, target, carol.accessToken())) {
            carols.next("history", null);

            Api.Reply sent = forward(alice, target, ref("chat_id", sourceId, Chats.id(original)), "fw-1");

            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(sent.json()).containsEntry("text", "Tea at five?").containsEntry("client_id", "fw-1");
            assertThat(number(sent.json(), "chat_id")).isEqualTo(targetId);
            assertThat(number(map(sent.json(), "author"), "id")).isEqualTo(alice.userId());
            assertThat(Chats.id(sent.json())).isNotEqualTo(Chats.id(original));
            assertOrigin(map(sent.json(), "forwarded_from"), bob, original);
            Map<String, Object> live = payload(carols.next("message", "message"));
            assertThat(Chats.id(live)).isEqualTo(Chats.id(sent.json()));
            assertOrigin(map(live, "forwarded_from"), bob, original);

            Api.Reply retry = forward(alice, target, ref("chat_id", sourceId, Chats.id(original)), "fw-1");
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(Chats.id(retry.json())).isEqualTo(Chats.id(sent.json()));
        }
        Api.Reply edit = api.patchJson(
                target + "/messages/" + Chats.id(first(target)), Map.of("text", "Tea at six?"), alice.accessToken());
        expect(edit, 409, "message.forwarded_not_editable");
        List<Map<String, Object>> history = chats.history(carol, target);
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).containsEntry("text", "Tea at five?").containsEntry("edited", false);
        assertOrigin(map(history.get(0), "forwarded_from"), bob, original);
        assertThat(chats.history(bob, source)).hasSize(1);
        assertThat(chats.history(bob, source).get(0)).containsEntry("forwarded_from", null);
        Map<String, Object> room = api.get("/api/v1/chats?limit=200", carol.accessToken()).list("rooms").stream()
                .filter(r -> Chats.id(r) == targetId)
                .findFirst()
                .orElseThrow();
        assertOrigin(map(map(room, "last_message"), "forwarded_from"), bob, original);
        try (WsClient main = WsClient.open(server, "/api/v1/main", carol.accessToken())) {
            Map<String, Object> last = payload(main.next("message", "last_message"));
            assertThat(number(last, "chat_id")).isEqualTo(targetId);
            assertOrigin(map(last, "forwarded_from"), bob, original);
        }
    }

    @Test
    void forwardingAForwardKeepsTheFirstOriginAndAGroupCanBeTheSource() {
        Api.Session dave = api.register();
        long groupId = chats.group(bob, "Source group", alice);
        String group = "/api/v1/group/" + groupId;
        Map<String, Object> original = chats.send(bob, group, "from the group");
        Api.Reply first = forward(alice, target, ref("group_id", groupId, Chats.id(original)), null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String onward = "/api/v1/chat/" + chats.open(carol, dave);

        Api.Reply second = forward(carol, onward, ref("chat_id", targetId, Chats.id(first.json())), null);

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertOrigin(map(second.json(), "forwarded_from"), bob, original);
        assertOrigin(map(chats.history(dave, onward).get(0), "forwarded_from"), bob, original);
    }

    @Test
    void forwardedFilesAreDownloadableThroughTheTargetByItsMembersOnlyAndSurviveTheSourceChat() {
        byte[] png = MediaFixtures.image("png", 24, 24);
        Multipart form = new Multipart().file("photos", "cat.png", "image/png", png);
        Api.Reply uploaded = api.post(source + "/img", form.contentType(), form.bytes(), bob.accessToken());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        Api.Reply withFile = api.postJson(
                source + "/messages",
                Map.of("type", "with_files", "text", "my cat", "file_urls", uploaded.strings()),
                bob.accessToken());
        assertThat(withFile.status()).as(withFile.toString()).isEqualTo(201);
        String originalUrl = (String) withFile.json().get("file_url");

        Api.Reply sent = forward(alice, target, ref("chat_id", sourceId, Chats.id(withFile.json())), null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json())
                .containsEntry("type", "with_files")
                .containsEntry("text", "my cat")
                .containsEntry("file_name", "cat.png")
                .containsEntry("file_size", png.length);
        String copyUrl = (String) sent.json().get("file_url");
        assertThat(copyUrl).startsWith("/chat/" + targetId + "/").isNotEqualTo(originalUrl);
        assertThat(api.download("/api/v1" + copyUrl, carol.accessToken()).body())
                .isEqualTo(png);
        assertThat(api.download("/api/v1" + originalUrl, carol.accessToken()).status())
                .isEqualTo(404);
        Api.Session stranger = api.register();
        assertThat(api.download("/api/v1" + copyUrl, stranger.accessToken()).status())
                .isEqualTo(404);

        Api.Reply deleted = api.delete(source, bob.accessToken());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

        assertThat(api.download("/api/v1" + copyUrl, carol.accessToken()).body())
                .isEqualTo(png);
        assertThat(chats.history(carol, target).get(0)).containsEntry("file_url", copyUrl);
    }

    @Test
    void aSocketForwardIsAckedDeliveredLiveAndCaughtUpAfterReconnecting() {
        Map<String, Object> original = chats.send(bob, source, "over the socket");
        long cursor;
        try (WsClient carols = WsClient.open(server, target, carol.accessToken())) {
            cursor = number(payload(carols.next("history", null)), "cursor");
        }
        try (WsClient alices = WsClient.open(server, target, alice.accessToken());
                WsClient carols = WsClient.open(server, target, carol.accessToken())) {
            alices.next("history", null);
            carols.next("history", null);

            alices.send(Map.of(
                    "type",
                    "message",
                    "chat_id",
                    targetId,
                    "forward_from",
                    ref("chat_id", sourceId, Chats.id(original)),
                    "client_id",
                    "ws-1"));

            assertThat(payload(alices.next("ack", null))).containsEntry("client_id", "ws-1");
            Map<String, Object> live = payload(carols.next("message", "message"));
            assertThat(live).containsEntry("text", "over the socket");
            assertOrigin(map(live, "forwarded_from"), bob, original);

            alices.send(Map.of(
                    "type",
                    "message",
                    "forward_from",
                    ref("chat_id", sourceId, Long.MAX_VALUE - 5),
                    "client_id",
                    "ws-2"));
            assertThat(payload(alices.next("error", null)))
                    .containsEntry("error", "message.not_found")
                    .containsEntry("client_id", "ws-2");
            alices.send(Map.of("type", "message", "forward_from", "nope", "client_id", "ws-3"));
            assertThat(payload(alices.next("error", null))).containsEntry("error", "frame.invalid_field");
        }
        try (WsClient carols = WsClient.open(server, target + "?since=" + cursor, carol.accessToken())) {
            Map<String, Object> caughtUp = payload(carols.next(f -> "message".equals(f.get("type"))));
            assertThat(caughtUp).containsEntry("text", "over the socket");
            assertOrigin(map(caughtUp, "forwarded_from"), bob, original);
        }
        assertThat(chats.history(carol, target)).hasSize(1);
    }

    @Test
    void refusedForwardsAnswerTheDocumentedErrorAndStoreNothing() {
        Api.Session dave = api.register();
        long hiddenId = chats.open(bob, dave);
        long hidden = Chats.id(chats.send(dave, "/api/v1/chat/" + hiddenId, "not for alice"));
        long gone = Chats.id(chats.send(bob, source, "soon gone"));
        api.delete(source + "/messages/" + gone, bob.accessToken());
        long fine = Chats.id(chats.send(bob, source, "fine"));

        expect(forward(alice, target, ref("chat_id", hiddenId, hidden), null), 404, "message.not_found");
        expect(forward(alice, target, ref("chat_id", sourceId, hidden), null), 404, "message.not_found");
        expect(forward(alice, target, ref("chat_id", sourceId, Long.MAX_VALUE - 5), null), 404, "message.not_found");
        expect(forward(alice, target, ref("chat_id", sourceId, gone), null), 404, "message.not_found");
        expect(forward(alice, target, ref("group_id", sourceId, fine), null), 404, "message.not_found");
        expect(forward(dave, target, ref("chat_id", hiddenId, hidden), null), 404, "chat.not_found");

        Map<String, Object> withReply = body(ref("chat_id", sourceId, fine));
        withReply.put("reply_to", fine);
        expect(api.postJson(target + "/messages", withReply, alice.accessToken()), 400, "message.forward_with_reply");
        Map<String, Object> withText = body(ref("chat_id", sourceId, fine));
        withText.put("text", "look");
        expect(api.postJson(target + "/messages", withText, alice.accessToken()), 400, "message.forward_with_content");
        Map<String, Object> both = ref("chat_id", sourceId, fine);
        both.put("group_id", sourceId);
        expect(forward(alice, target, both, null), 400, "message.invalid_forward");
        expect(forward(alice, target, Map.of("chat_id", sourceId), null), 400, "message.invalid_forward");
        expect(forward(alice, target, Map.of("message_id", fine), null), 400, "message.invalid_forward");
        assertThat(forward(alice, target, Map.of("chat_id", sourceId, "message_id", "12"), null)
                        .status())
                .isEqualTo(400);
        expect(
                api.postJson(
                        "/api/v1/direct/" + carol.userId() + "/messages",
                        body(ref("chat_id", sourceId, fine)),
                        alice.accessToken()),
                400,
                "message.forward_unsupported");

        assertThat(chats.history(carol, target)).isEmpty();
        assertThat(chats.history(bob, source)).extracting(m -> m.get("text")).containsExactly("fine");
    }

    private Map<String, Object> first(String conversation) {
        return chats.history(alice, conversation).get(0);
    }

    private Api.Reply forward(Api.Session who, String conversation, Map<String, Object> from, String clientId) {
        Map<String, Object> body = body(from);
        if (clientId != null) {
            body.put("client_id", clientId);
        }
        return api.postJson(conversation + "/messages", body, who.accessToken());
    }

    private static Map<String, Object> body(Map<String, Object> from) {
        Map<String, Object> body = new HashMap<>();
        body.put("forward_from", from);
        return body;
    }

    private static Map<String, Object> ref(String kind, long chat, long message) {
        Map<String, Object> ref = new HashMap<>();
        ref.put(kind, chat);
        ref.put("message_id", message);
        return ref;
    }

    private static void expect(Api.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.error()).as(reply.toString()).isEqualTo(error);
    }

    private static void assertOrigin(Map<String, Object> origin, Api.Session author, Map<String, Object> original) {
        assertThat(origin).as("forwarded_from").isNotNull();
        assertThat(origin.keySet()).containsExactlyInAnyOrder("author_id", "author_name", "sent_at");
        assertThat(number(origin, "author_id")).isEqualTo(author.userId());
        assertThat(origin.get("author_name")).isEqualTo(map(original, "author").get("name"));
        assertThat(origin.get("sent_at")).isEqualTo(original.get("time"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }
}
