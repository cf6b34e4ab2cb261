package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Chats.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadStateOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session alice;
    private Api.Session bob;
    private Api.Session carol;

    @BeforeEach
    void register() {
        alice = api.register();
        bob = api.register();
        carol = api.register();
    }

    private long unread(Api.Session who, long chat) {
        return api.get("/api/v1/chats", who.accessToken()).list("rooms").stream()
                .filter(r -> id(r) == chat)
                .map(r -> ((Number) r.get("unread_count")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private Api.Reply read(Api.Session who, String conversation, long message) {
        return api.postJson(conversation + "/read", Map.of("message_id", message), who.accessToken());
    }

    @Test
    void unreadCountsFollowTheReadPointerAndIgnoreOwnMessages() {
        long id = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + id;
        chats.send(alice, chat, "1");
        long second = id(chats.send(alice, chat, "2"));
        long third = id(chats.send(alice, chat, "3"));

        assertThat(unread(bob, id)).isEqualTo(3);
        assertThat(unread(alice, id)).isZero();

        Api.Reply reply = read(bob, chat, second);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("status", "ok").containsEntry("read_seq", 2);
        assertThat(unread(bob, id)).isEqualTo(1);
        read(bob, chat, third);
        assertThat(unread(bob, id)).isZero();
    }

    @Test
    void replyingReadsTheChatUpToTheReply() {
        long id = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + id;
        chats.send(bob, chat, "are you there?");
        chats.send(bob, chat, "hello?");
        assertThat(unread(alice, id)).isEqualTo(2);

        chats.send(alice, chat, "yes, sorry");

        assertThat(unread(alice, id)).isZero();
        assertThat(unread(bob, id)).isEqualTo(1);
        assertThat(chats.history(bob, chat)).extracting(m -> m.get("read")).containsExactly(true, true, false);
    }

    @Test
    void theReadPointerNeverMovesBackwards() {
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        long first = id(chats.send(alice, chat, "1"));
        long second = id(chats.send(alice, chat, "2"));

        read(bob, chat, second);
        Api.Reply backwards = read(bob, chat, first);

        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.json()).containsEntry("read_seq", 2);
        assertThat(chats.history(alice, chat)).allSatisfy(m -> assertThat(m).containsEntry("read", true));
    }

    @Test
    void aMessageIsReadOnceEveryOtherMemberHasReadIt() {
        long id = chats.group(alice, "Readers", bob, carol);
        String group = "/api/v1/group/" + id;
        long message = id(chats.send(alice, group, "please read"));

        read(bob, group, message);
        assertThat(chats.history(alice, group).get(0)).containsEntry("read", false);
        read(carol, group, message);
        assertThat(chats.history(alice, group).get(0)).containsEntry("read", true);
        assertThat(chats.history(bob, group).get(0)).containsEntry("read", true);
    }

    @Test
    void readingSomethingThatIsNotThereIs404AndReadingWithoutAnIdIs400() {
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        String other = "/api/v1/chat/" + chats.open(alice, carol);
        long elsewhere = id(chats.send(alice, other, "not in the first chat"));

        assertThat(read(bob, chat, elsewhere).status()).isEqualTo(404);
        assertThat(read(bob, chat, Long.MAX_VALUE).error()).isEqualTo("message.not_found");
        Api.Reply missing = api.postJson(chat + "/read", Map.of(), bob.accessToken());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).isEqualTo("message.missing_id");
        assertThat(read(carol, chat, elsewhere).status()).isEqualTo(404);
    }

    @Test
    void aNewGroupMemberStartsWithTheOldHistoryRead() {
        long id = chats.group(alice, "Late joiners", bob);
        chats.send(alice, "/api/v1/group/" + id, "before carol");
        api.postJson("/api/v1/group/" + id + "/add", Map.of("users", Chats.refs(carol)), alice.accessToken());

        assertThat(unread(carol, id)).isZero();
        chats.send(bob, "/api/v1/group/" + id, "after carol");
        assertThat(unread(carol, id)).isEqualTo(1);
    }
}
