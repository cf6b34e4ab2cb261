package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads (ADR 0008) over REST and sockets: replies with their own gap-free {@code thread_seq} that stay in the
 * chat's history, the summary on the root, thread history paged like chat history, per-thread read state, live and
 * resumed frames, refusals that store nothing, and outsiders told nothing.
 */
class ThreadsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;
    private long groupId;
    private String group;
    private long root;

    @BeforeEach
    void groupWithARoot() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
        groupId = chats.group(alice, "Threads", bob, carol);
        group = "/api/v1/group/" + groupId;
        root = Chats.id(chats.send(alice, group, "Where do we meet?"));
    }

    @Test
    void repliesTakeGapFreeThreadSeqsStayInTheChatAndTheRootSummarisesThem() {
        Map<String, Object> first = reply(bob, root, "At the station");
        assertThat(number(first, "thread_root")).isEqualTo(root);
        assertThat(number(first, "thread_seq")).isEqualTo(1);
        chats.send(carol, group, "unrelated");
        assertThat(number(reply(carol, root, "Fine by me"), "thread_seq")).isEqualTo(2);
        long third = Chats.id(reply(bob, root, "Noon?"));

        List<Map<String, Object>> history = chats.history(carol, group);
        assertThat(history).extracting(Chats::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(history.get(2).get("thread_root")).isNull();
        assertThat(history.get(4)).containsEntry("thread_seq", 3);
        Map<String, Object> summary = Frames.map(history.get(0), "thread");
        assertThat(summary).containsEntry("reply_count", 3);
        assertThat(number(Frames.map(summary, "last_reply"), "id")).isEqualTo(third);
        assertThat(Frames.map(summary, "last_reply")).containsEntry("thread_seq", 3);
        assertThat(Frames.map(Frames.map(summary, "last_reply"), "author")).containsEntry("id", (int) bob.userId());
        assertThat(summary.get("participants"))
                .isEqualTo(List.of((int) alice.userId(), (int) bob.userId(), (int) carol.userId()));
        assertThat(history.get(1).get("thread")).isNull();
    }

    @Test
    void threadHistoryPagesByThreadSeqLikeChatHistoryAndADeletedReplyDropsOut() {
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = Chats.id(reply(i % 2 == 0 ? bob : carol, root, "reply " + (i + 1)));
        }
        Api.Reply newest = api.get(thread(root) + "?limit=2", carol.accessToken());
        assertThat(newest.status()).as(newest.toString()).isEqualTo(200);
        assertThat(threadSeqs(newest)).containsExactly(4L, 5L);
        assertThat(newest.json()).containsEntry("has_more", true);
        assertThat(threadSeqs(api.get(thread(root) + "?limit=2&before_thread_seq=4", carol.accessToken())))
                .containsExactly(2L, 3L);
        Api.Reply forwards = api.get(thread(root) + "?after_thread_seq=3", carol.accessToken());
        assertThat(threadSeqs(forwards)).containsExactly(4L, 5L);
        assertThat(forwards.json()).containsEntry("has_more", false);
        Api.Reply both = api.get(thread(root) + "?offset=1&after_thread_seq=3", carol.accessToken());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.error()).isEqualTo("request.offset_with_cursor");

        assertThat(api.delete(group + "/messages/" + ids[1], carol.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(threadSeqs(api.get(thread(root), bob.accessToken()))).containsExactly(1L, 3L, 4L, 5L);
        assertThat(Frames.map(rootAsSeenBy(bob), "thread")).containsEntry("reply_count", 4);
        // the next reply still takes the next number: a deleted reply keeps its thread_seq, as a message keeps its seq
        assertThat(number(reply(alice, root, "six"), "thread_seq")).isEqualTo(6);
    }

    @Test
    void aReplyNamingNoRootOfThisChatANestedRootOrAForwardIsRefusedAndStoresNothing() {
        long reply = Chats.id(reply(bob, root, "first"));
        String elsewhere = "/api/v1/group/" + chats.group(bob, "Elsewhere", carol);
        long foreign = Chats.id(chats.send(bob, elsewhere, "not here"));
        long gone = Chats.id(chats.send(bob, group, "soon deleted"));
        api.delete(group + "/messages/" + gone, bob.accessToken());
        int before = chats.history(alice, group).size();

        assertRefused(send(bob, Map.of("text", "?", "thread_root", 999_999_999L)), "message.thread_root_unknown");
        assertRefused(send(bob, Map.of("text", "?", "thread_root", foreign)), "message.thread_root_unknown");
        assertRefused(send(bob, Map.of("text", "?", "thread_root", gone)), "message.thread_root_unknown");
        assertRefused(send(bob, Map.of("text", "?", "thread_root", reply)), "message.thread_nested");
        assertRefused(send(bob, Map.of("text", "?", "thread_root", String.valueOf(root))), "request.invalid_field");
        Map<String, Object> forward =
                Map.of("forward_from", Map.of("group_id", groupId, "message_id", root), "thread_root", root);
        assertRefused(send(bob, forward), "message.forward_with_reply");
        Api.Reply direct = api.postJson(
                "/api/v1/direct/" + alice.userId() + "/messages",
                Map.of("text", "?", "thread_root", root),
                bob.accessToken());
        assertRefused(direct, "message.thread_root_unsupported");

        assertThat(chats.history(alice, group)).hasSize(before);
        assertThat(threadSeqs(api.get(thread(root), alice.accessToken()))).containsExactly(1L);
        assertThat(number(reply(carol, root, "second"), "thread_seq")).isEqualTo(2);
    }

    @Test
    void outsidersLearnNothingAndAReplyOrAnUnknownIdIsNoThread() {
        Api.Session mallory = api.register();
        long reply = Chats.id(reply(bob, root, "inside"));
        for (Api.Reply refused : List.of(
                api.get(thread(root), mallory.accessToken()),
                api.get(group + "/threads", mallory.accessToken()),
                api.postJson(thread(root).replace("/messages", "/read"), Map.of(), mallory.accessToken()),
                send(mallory, Map.of("text", "let me in", "thread_root", root)))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.error()).isEqualTo("group.not_found");
        }
        Api.Reply unknown = api.get(thread(999_999_999L), bob.accessToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("message.not_found");
        Api.Reply nested = api.get(thread(reply), bob.accessToken());
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.error()).isEqualTo("message.thread_nested");

        String privateChat = "/api/v1/chat/" + chats.open(alice, bob);
        long privateRoot = Chats.id(chats.send(alice, privateChat, "just us"));
        Map<String, Object> body = Map.of("text", "yes", "thread_root", privateRoot);
        Api.Reply inPrivate = api.postJson(privateChat + "/messages", body, bob.accessToken());
        assertThat(inPrivate.status()).as(inPrivate.toString()).isEqualTo(201);
        Api.Reply outsider = api.get(privateChat + "/threads/" + privateRoot + "/messages", carol.accessToken());
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.error()).isEqualTo("chat.not_found");
        assertThat(threadSeqs(api.get(privateChat + "/threads/" + privateRoot + "/messages", alice.accessToken())))
                .containsExactly(1L);
    }

    @Test
    void participantsHaveUnreadCountsPerThreadAndMoveTheirOwnPointer() {
        // a message without replies starts no thread: reading it changes nothing and makes nobody a participant
        assertThat(markRead(carol, Map.of()).json())
                .containsEntry("read_thread_seq", 0)
                .containsEntry("unread_count", 0);
        assertRefused(markRead(carol, Map.of("thread_seq", 1)), "thread.invalid_read");
        assertThat(threads(alice)).isEmpty();
        assertThat(threads(carol)).isEmpty();
        reply(bob, root, "one");
        reply(bob, root, "two");
        assertThat(threads(alice)).singleElement().satisfies(t -> {
            assertThat(number(Frames.map(t, "root"), "id")).isEqualTo(root);
            assertThat(t).containsEntry("unread_count", 2).containsEntry("read_thread_seq", 0);
        });
        // replying reads the thread up to one's own reply
        assertThat(threads(bob))
                .singleElement()
                .satisfies(t -> assertThat(t).containsEntry("unread_count", 0).containsEntry("read_thread_seq", 2));
        assertThat(threads(carol)).isEmpty();

        Api.Reply partly = markRead(alice, Map.of("thread_seq", 1));
        assertThat(partly.status()).as(partly.toString()).isEqualTo(200);
        assertThat(partly.json()).containsEntry("read_thread_seq", 1).containsEntry("unread_count", 1);
        assertThat(markRead(alice, Map.of("thread_seq", 1)).json()).containsEntry("unread_count", 1);
        assertThat(markRead(alice, Map.of()).json())
                .containsEntry("read_thread_seq", 2)
                .containsEntry("unread_count", 0);
        // never back
        assertThat(markRead(alice, Map.of("thread_seq", 1)).json()).containsEntry("read_thread_seq", 2);

        assertRefused(markRead(carol, Map.of("thread_seq", 3)), "thread.invalid_read");
        assertRefused(markRead(carol, Map.of("thread_seq", 0)), "thread.invalid_read");
        assertThat(threads(carol)).isEmpty();
        // reading a thread follows it
        assertThat(markRead(carol, Map.of("thread_seq", 1)).json()).containsEntry("unread_count", 1);
        reply(alice, root, "three");
        assertThat(threads(carol)).singleElement().satisfies(t -> assertThat(t).containsEntry("unread_count", 2));
        assertThat(threads(bob)).singleElement().satisfies(t -> assertThat(t).containsEntry("unread_count", 1));

        // replying reads what others wrote before: the replier's other sockets hear so
        try (WsClient bobsMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            bobsMain.next("message", "unread_messages");
            reply(bob, root, "four");
            assertThat(payload(bobsMain.next("message", "thread_read")))
                    .containsEntry("read_thread_seq", 4)
                    .containsEntry("unread_count", 0);
        }
    }

    @Test
    void membersGetTheReplyAndTheRootsNewSummaryLiveAndAResumingSocketConverges() {
        long cursor;
        try (WsClient carols = WsClient.open(server, group, carol.accessToken())) {
            cursor = number(payload(carols.next("history", null)), "cursor");
        }
        long replyId;
        try (WsClient bobs = WsClient.open(server, group, bob.accessToken());
                WsClient carols = WsClient.open(server, group, carol.accessToken());
                WsClient alicesMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            bobs.next("history", null);
            carols.next("history", null);
            alicesMain.next("message", "unread_messages");
            bobs.send(Map.of("type", "message", "text", "me too", "thread_root", root, "client_id", "t-1"));
            assertThat(payload(bobs.next("ack", null))).containsEntry("client_id", "t-1");
            Map<String, Object> delivered = payload(carols.next("message", "message"));
            replyId = number(delivered, "id");
            assertThat(delivered).containsEntry("thread_seq", 1);
            assertThat(number(delivered, "thread_root")).isEqualTo(root);
            Map<String, Object> update = payload(carols.next("message", "update"));
            assertThat(number(update, "id")).isEqualTo(root);
            assertThat(Frames.map(update, "thread")).containsEntry("reply_count", 1);
            assertThat(update).containsEntry("edited", false);
            assertThat(number(update, "cursor")).isEqualTo(number(delivered, "cursor") + 1);
            Map<String, Object> notification = alicesMain.next(Frames.newMessage(groupId));
            assertThat(Frames.message(notification)).containsEntry("thread_seq", 1);
            assertThat(number(Frames.map(payload(alicesMain.next("message", "update")), "thread"), "reply_count"))
                    .isEqualTo(1);
            // the sender's own socket gets the root's new summary too (before or after its ack)
            assertThat(bobs.awaitCount(Frames.of("message", "update"), 1, WsClient.WAIT))
                    .singleElement()
                    .satisfies(f -> assertThat(number(payload(f), "id")).isEqualTo(root));

            bobs.send(Map.of("type", "message", "text", "??", "thread_root", replyId, "client_id", "t-2"));
            assertThat(payload(bobs.next("error", null)))
                    .containsEntry("error", "message.thread_nested")
                    .containsEntry("client_id", "t-2");
        }
        try (WsClient carols = WsClient.open(server, group + "?since=" + cursor, carol.accessToken())) {
            assertThat(number(payload(carols.next("message", "message")), "id")).isEqualTo(replyId);
            Map<String, Object> resumedRoot = payload(carols.next("message", "update"));
            assertThat(number(resumedRoot, "id")).isEqualTo(root);
            assertThat(Frames.map(resumedRoot, "thread")).containsEntry("reply_count", 1);

            api.delete(group + "/messages/" + replyId, bob.accessToken());
            assertThat(number(payload(carols.next("message", "delete")), "id")).isEqualTo(replyId);
            Map<String, Object> emptied = payload(carols.next("message", "update"));
            assertThat(number(emptied, "id")).isEqualTo(root);
            assertThat(emptied.get("thread")).isNull();
        }
    }

    @Test
    void aThreadReadOverASocketIsAcknowledgedAndReachesOnlyTheReadersOtherSockets() {
        reply(bob, root, "one");
        reply(bob, root, "two");
        try (WsClient alicesChat = WsClient.open(server, group, alice.accessToken());
                WsClient alicesMain = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient bobsMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            alicesChat.next("history", null);
            alicesMain.next("message", "unread_messages");
            bobsMain.next("message", "unread_messages");
            alicesChat.send(Map.of(
                    "type", "thread_read", "group_id", groupId, "id", root, "thread_seq", 1, "client_id", "tr-1"));
            assertThat(payload(alicesChat.next("ack", null)))
                    .containsEntry("action", "thread_read")
                    .containsEntry("client_id", "tr-1")
                    .containsEntry("seq", 1);
            Map<String, Object> synced = payload(alicesMain.next("message", "thread_read"));
            assertThat(number(synced, "id")).isEqualTo(root);
            assertThat(synced).containsEntry("read_thread_seq", 1).containsEntry("unread_count", 1);

            // a read over REST reaches the sockets too; a read that moves nothing sends nothing
            markRead(alice, Map.of());
            assertThat(payload(alicesMain.next("message", "thread_read")))
                    .containsEntry("read_thread_seq", 2)
                    .containsEntry("unread_count", 0);
            markRead(alice, Map.of("thread_seq", 1));

            alicesChat.send(Map.of("type", "thread_read", "group_id", groupId, "id", root, "thread_seq", 9));
            assertThat(payload(alicesChat.next("error", null))).containsEntry("error", "thread.invalid_read");
            alicesChat.send(Map.of("type", "thread_read", "group_id", groupId));
            assertThat(payload(alicesChat.next("error", null))).containsEntry("error", "frame.missing_field");
            chats.send(carol, group, "a marker after the reads");
            bobsMain.next(Frames.newMessage(groupId));
            alicesMain.next(Frames.newMessage(groupId));
            assertThat(alicesMain.all())
                    .filteredOn(Frames.of("message", "thread_read"))
                    .hasSize(2);
            assertThat(bobsMain.all()).noneMatch(Frames.of("message", "thread_read"));
        }
        assertThat(threads(alice)).singleElement().satisfies(t -> assertThat(t).containsEntry("read_thread_seq", 2));
        try (WsClient outsiders =
                WsClient.open(server, "/api/v1/main", api.register().accessToken())) {
            outsiders.next("message", "unread_messages");
            outsiders.send(Map.of("type", "thread_read", "group_id", groupId, "id", root));
            assertThat(payload(outsiders.next("error", null))).containsEntry("error", "group.not_found");
            outsiders.send(Map.of("type", "message", "group_id", groupId, "text", "hi", "thread_root", root));
            assertThat(payload(outsiders.next("error", null))).containsEntry("error", "group.not_found");
        }
        assertThat(threadSeqs(api.get(thread(root), alice.accessToken()))).containsExactly(1L, 2L);
    }

    @Test
    void aRetriedThreadReplyIsStoredOnceWithItsThreadSeq() {
        Map<String, Object> body = Map.of("text", "once", "thread_root", root, "client_id", "same");
        Api.Reply first = send(bob, body);
        Api.Reply again = send(bob, body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(Chats.id(again.json())).isEqualTo(Chats.id(first.json()));
        assertThat(again.json()).containsEntry("thread_seq", 1);
        assertThat(threadSeqs(api.get(thread(root), alice.accessToken()))).containsExactly(1L);
        assertThat(number(reply(carol, root, "next"), "thread_seq")).isEqualTo(2);
    }

    private Map<String, Object> reply(Api.Session who, long rootId, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text, "thread_root", rootId));
        Api.Reply reply = send(who, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply send(Api.Session who, Map<String, Object> body) {
        return api.postJson(group + "/messages", body, who.accessToken());
    }

    private Api.Reply markRead(Api.Session who, Map<String, Object> body) {
        return api.postJson(group + "/threads/" + root + "/read", body, who.accessToken());
    }

    private List<Map<String, Object>> threads(Api.Session who) {
        Api.Reply reply = api.get(group + "/threads", who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("threads");
    }

    private Map<String, Object> rootAsSeenBy(Api.Session who) {
        return chats.history(who, group).stream()
                .filter(m -> Chats.id(m) == root)
                .findFirst()
                .orElseThrow();
    }

    private String thread(long rootId) {
        return group + "/threads/" + rootId + "/messages";
    }

    private static List<Long> threadSeqs(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.list("messages").stream().map(m -> number(m, "thread_seq")).toList();
    }

    private static void assertRefused(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(code);
    }
}
