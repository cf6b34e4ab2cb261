package io.parley.bootstrap.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivateChatsOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session alice;
    private Api.Session bob;

    @BeforeEach
    void register() {
        alice = api.register();
        bob = api.register();
        api.putJson("/api/v1/user", Map.of("name", "Bob Builder"), bob.accessToken());
    }

    @Test
    void openingTwiceFromEitherSideGivesTheSameChat() {
        Api.Reply first = api.postJson("/api/v1/chat/" + bob.userId(), "", alice.accessToken());
        Api.Reply again = api.postJson("/api/v1/chat/" + bob.userId(), "", alice.accessToken());
        Api.Reply fromBob = api.postJson("/api/v1/chat/" + alice.userId(), "", bob.accessToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.string("status")).isEqualTo("ok");
        assertThat(first.map("chat")).containsEntry("created", true).containsEntry("name", "Bob Builder");
        assertThat(again.map("chat"))
                .containsEntry("created", false)
                .containsEntry("id", first.map("chat").get("id"));
        assertThat(fromBob.map("chat").get("id")).isEqualTo(first.map("chat").get("id"));
    }

    @Test
    void infoShowsBothMembersAndTheCreationTime() {
        long id = chats.open(alice, bob);

        Api.Reply info = api.get("/api/v1/chat/" + id + "/info", alice.accessToken());

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json())
                .containsEntry("type", "private")
                .containsEntry("name", "Bob Builder")
                .containsKey("created_at");
        assertThat(info.list("members")).extracting(Chats::id).containsExactlyInAnyOrder(alice.userId(), bob.userId());
    }

    @Test
    void aChatWithYourselfIs400AndWithNobodyIs404() {
        Api.Reply self = api.postJson("/api/v1/chat/" + alice.userId(), "", alice.accessToken());
        Api.Reply nobody = api.postJson("/api/v1/chat/" + Long.MAX_VALUE, "", alice.accessToken());
        Api.Reply malformed = api.postJson("/api/v1/chat/abc", "", alice.accessToken());

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.error()).isEqualTo("chat.with_self");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.error()).isEqualTo("user.not_found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).isEmpty();
    }

    @Test
    void anOutsiderSeesNothingAsIfTheChatDidNotExist() {
        long id = chats.open(alice, bob);
        chats.send(alice, "/api/v1/chat/" + id, "private words");
        Api.Session eve = api.register();

        Api.Reply info = api.get("/api/v1/chat/" + id + "/info", eve.accessToken());
        Api.Reply missing = api.get("/api/v1/chat/" + Long.MAX_VALUE + "/info", eve.accessToken());

        assertThat(info.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(info.error()).isEqualTo(missing.error()).isEqualTo("chat.not_found");
        assertThat(info.string("message")).isEqualTo("chat " + id + " does not exist");
        assertThat(api.get("/api/v1/chat/" + id + "/messages", eve.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/chat/" + id + "/messages", Map.of("text", "let me in"), eve.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/chat/" + id, eve.accessToken()).status()).isEqualTo(404);
        assertThat(chats.history(alice, "/api/v1/chat/" + id)).hasSize(1);
    }

    @Test
    void eitherMemberDeletesTheChatWithItsMessagesForBoth() {
        long id = chats.open(alice, bob);
        chats.send(alice, "/api/v1/chat/" + id, "soon gone");

        Api.Reply deleted = api.delete("/api/v1/chat/" + id, bob.accessToken());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.string("status")).isEqualTo("ok");
        assertThat(api.get("/api/v1/chat/" + id + "/info", alice.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).isEmpty();
        long reopened = chats.open(alice, bob);
        assertThat(reopened).isNotEqualTo(id);
        assertThat(chats.history(alice, "/api/v1/chat/" + reopened)).isEmpty();
    }
}
