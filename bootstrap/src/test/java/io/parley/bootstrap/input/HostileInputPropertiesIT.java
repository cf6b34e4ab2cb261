package io.parley.bootstrap.input;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random JSON values (wrong types, numbers past 64 bits, fractions, nulls, nested objects and arrays, strings with
 * lone surrogates and control characters) thrown at the send, edit, group and profile endpoints and at the socket
 * reader: never a 5xx, the server keeps answering, a refusal stores nothing and what is taken is stored as answered.
 */
class HostileInputPropertiesIT {
    private static final int TRIES = 34;
    private static final Api API = TestServer.api();
    private static final Chats CHATS = new Chats(API);
    private static final Api.Session ALICE = API.register();
    private static final Api.Session BOB = API.register();
    private static final String CHAT = "/api/v1/chat/" + CHATS.open(ALICE, BOB);
    private static final long EDITED = Chats.id(CHATS.send(ALICE, CHAT, "to be edited"));
    private static WsClient socket;

    @AfterContainer
    static void closeSocket() {
        if (socket != null) {
            socket.close();
        }
    }

    @Property(tries = TRIES)
    void sendsNeverFailAndStoreNothingWhenRefused(@ForAll("sendFields") String field, @ForAll("values") String value) {
        int before = CHATS.history(BOB, CHAT).size();
        String body =
                field.equals("text") ? "{\"text\":" + value + "}" : "{\"text\":\"p\",\"" + field + "\":" + value + "}";
        Api.Reply reply = API.postJson(CHAT + "/messages", body, ALICE.accessToken());
        assertAnswered(reply);
        List<Map<String, Object>> after = CHATS.history(BOB, CHAT);
        if (reply.status() == 201) {
            assertThat(after.size()).isBetween(before, before + 1);
            assertThat(after)
                    .extracting(m -> m.get("text"))
                    .contains(reply.json().get("text"));
        } else {
            assertThat(after).as(body).hasSize(before);
        }
    }

    @Property(tries = TRIES)
    void textIsStoredExactlyAsSentOrRefused(@ForAll("textLiterals") String literal) {
        int before = CHATS.history(BOB, CHAT).size();
        Api.Reply reply = API.postJson(CHAT + "/messages", "{\"text\":" + literal + "}", ALICE.accessToken());
        assertAnswered(reply);
        List<Map<String, Object>> after = CHATS.history(BOB, CHAT);
        if (reply.status() == 201) {
            assertThat(after.get(after.size() - 1).get("text")).as(literal).isEqualTo(sentText(literal));
        } else {
            assertThat(after).as(literal).hasSize(before);
        }
    }

    @Property(tries = TRIES)
    void editsNeverFailAndChangeNothingWhenRefused(@ForAll("values") String value) {
        Object before = text(EDITED);
        Api.Reply reply = API.patchJson(CHAT + "/messages/" + EDITED, "{\"text\":" + value + "}", ALICE.accessToken());
        assertAnswered(reply);
        assertThat(text(EDITED))
                .as(value)
                .isEqualTo(reply.status() == 200 ? reply.json().get("text") : before);
    }

    @Property(tries = TRIES)
    void groupsNeverFailAndAreNotMadeWhenRefused(
            @ForAll("groupBodies") String template, @ForAll("values") String value) {
        int before = rooms();
        String body = template.replace("$", value);
        Api.Reply reply = API.postJson("/api/v1/group", body, ALICE.accessToken());
        assertAnswered(reply);
        assertThat(rooms()).as(body).isEqualTo(reply.status() == 200 ? before + 1 : before);
    }

    @Property(tries = TRIES)
    void profileChangesNeverFailAndChangeNothingWhenRefused(
            @ForAll("profileFields") String field, @ForAll("values") String value) {
        Map<String, Object> before =
                API.get("/api/v1/auth/me", BOB.accessToken()).json();
        Api.Reply reply = API.putJson("/api/v1/user", "{\"" + field + "\":" + value + "}", BOB.accessToken());
        assertAnswered(reply);
        Map<String, Object> after =
                API.get("/api/v1/auth/me", BOB.accessToken()).json();
        if (reply.status() != 200) {
            assertThat(after.get(field)).as(value).isEqualTo(before.get(field));
        }
    }

    @Property(tries = TRIES)
    void framesAreAnsweredWithoutServerErrorsAndRefusedSendsStoreNothing(
            @ForAll("frameTypes") String type, @ForAll("frameFields") String field, @ForAll("values") String value) {
        WsClient ws = socket();
        int before = CHATS.history(BOB, CHAT).size();
        String frame = field.equals("text")
                ? "{\"type\":\"" + type + "\",\"text\":" + value + "}"
                : "{\"type\":\"" + type + "\",\"text\":\"f\",\"" + field + "\":" + value + "}";
        ws.sendText(frame);
        Map<String, Object> reply = ws.next(f -> "ack".equals(f.get("type")) || "error".equals(f.get("type")));
        assertThat(ws.isClosed()).as(frame).isFalse();
        if ("error".equals(reply.get("type"))) {
            assertThat(payload(reply).get("error")).as(frame).isNotEqualTo("server.error");
            assertThat(CHATS.history(BOB, CHAT)).as(frame).hasSize(before);
        }
        assertThat(API.get("/health", null).status()).isEqualTo(200);
    }

    @Provide
    Arbitrary<String> textLiterals() {
        return texts().map(HostileInputPropertiesIT::quote);
    }

    @Provide
    Arbitrary<String> sendFields() {
        return Arbitraries.of("text", "client_id", "type", "file_urls", "audio_message_url");
    }

    @Provide
    Arbitrary<String> profileFields() {
        return Arbitraries.of("name", "description");
    }

    @Provide
    Arbitrary<String> groupBodies() {
        return Arbitraries.of(
                "{\"name\":$}",
                "{\"name\":\"g\",\"description\":$}",
                "{\"name\":\"g\",\"users\":$}",
                "{\"name\":\"g\",\"users\":[{\"id\":$}]}",
                "{\"name\":\"g\",\"owner_id\":$}");
    }

    @Provide
    Arbitrary<String> frameTypes() {
        return Arbitraries.of("message", "with_files", "update", "read", "delete", "shout");
    }

    @Provide
    Arbitrary<String> frameFields() {
        return Arbitraries.of("text", "client_id", "chat_id", "id", "file_urls", "payload");
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> scalar = scalars();
        Arbitrary<String> array = scalar.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = scalar.map(v -> "{\"id\":" + v + ",\"text\":" + v + "}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(2, array),
                net.jqwik.api.Tuple.of(2, object),
                net.jqwik.api.Tuple.of(1, array.map(a -> "[" + a + ",{\"x\":" + a + "}]")));
    }

    private static Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "2.9", "1e400", "-0.0", "1E30", "\"\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(30))
                        .map(big -> (big.testBit(0) ? "-" : "") + big),
                Arbitraries.doubles().filter(Double::isFinite).map(String::valueOf),
                texts().map(HostileInputPropertiesIT::quote));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('\u0000', '\u001f')
                .withCharRange('\ud800', '\udfff')
                .withChars(' ', '"', '\\', '/', 'é', '\u2028', '\ufeff', '\ufffd')
                .ofMaxLength(12);
    }

    /** A JSON string literal; everything but plain printable ASCII is escaped, so lone surrogates arrive as such. */
    private static String quote(String text) {
        return text.chars()
                .mapToObj(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c))
                .collect(Collectors.joining("", "\"", "\""));
    }

    /** The text a generated JSON string literal carries, trimmed as message texts are; null for any other value. */
    private static String sentText(String literal) {
        if (!literal.startsWith("\"")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            if (literal.charAt(i) == '\\') {
                text.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(literal.charAt(i));
            }
        }
        return text.toString().strip();
    }

    private static void assertAnswered(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertThat(reply.error()).as(reply.toString()).isNotBlank();
        }
    }

    private static Object text(long message) {
        return CHATS.history(BOB, CHAT).stream()
                .filter(m -> Chats.id(m) == message)
                .findFirst()
                .orElseThrow()
                .get("text");
    }

    private static int rooms() {
        return API.get("/api/v1/chats?limit=200", ALICE.accessToken())
                .list("rooms")
                .size();
    }

    private static synchronized WsClient socket() {
        if (socket == null || socket.isClosed()) {
            socket = WsClient.open(TestServer.parley(), CHAT, ALICE.accessToken());
            socket.next("history", null);
        }
        return socket;
    }
}
