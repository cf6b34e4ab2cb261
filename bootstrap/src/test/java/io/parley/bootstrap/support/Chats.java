package io.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conversation steps over the wire for tests: open chats, make groups, send messages; each asserts success. */
public final class Chats {
    private final Api api;

    public Chats(Api api) {
        this.api = api;
    }

    /** Opens (or finds) the private chat of {@code who} with {@code other}; returns its id. */
    public long open(Api.Session who, Api.Session other) {
        Api.Reply reply = api.postJson("/api/v1/chat/" + other.userId(), "", who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((Number) reply.map("chat").get("id")).longValue();
    }

    /** Creates a group owned by {@code owner} with the given members; returns its id. */
    public long group(Api.Session owner, String name, Api.Session... members) {
        Api.Reply reply =
                api.postJson("/api/v1/group", Map.of("name", name, "users", refs(members)), owner.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((Number) reply.map("group").get("id")).longValue();
    }

    /** {@code [{"id": …}]} as seed 000 names users in group requests. */
    public static List<Map<String, Object>> refs(Api.Session... users) {
        return Arrays.stream(users)
                .map(u -> Map.<String, Object>of("id", u.userId()))
                .toList();
    }

    /** Sends into {@code /chat/{id}} or {@code /group/{id}} (pass the prefix) and returns the stored message. */
    public Map<String, Object> send(Api.Session who, String conversation, String text) {
        return send(who, conversation, text, null);
    }

    public Map<String, Object> send(Api.Session who, String conversation, String text, String clientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (clientId != null) {
            body.put("client_id", clientId);
        }
        Api.Reply reply = api.postJson(conversation + "/messages", body, who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** The whole history of a conversation as {@code who} sees it, oldest first. */
    public List<Map<String, Object>> history(Api.Session who, String conversation) {
        List<Map<String, Object>> all = new ArrayList<>();
        long after = 0;
        while (true) {
            Api.Reply reply = api.get(conversation + "/messages?limit=200&after_seq=" + after, who.accessToken());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            List<Map<String, Object>> page = reply.list("messages");
            all.addAll(page);
            if (!Boolean.TRUE.equals(reply.json().get("has_more"))) {
                return all;
            }
            after = ((Number) page.get(page.size() - 1).get("seq")).longValue();
        }
    }

    public static long id(Map<String, Object> json) {
        return ((Number) json.get("id")).longValue();
    }

    public static long seq(Map<String, Object> json) {
        return ((Number) json.get("seq")).longValue();
    }
}
