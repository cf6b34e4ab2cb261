package io.parley.bootstrap.chat;

import static io.parley.bootstrap.support.Chats.id;
import static io.parley.bootstrap.support.Chats.refs;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session owner;
    private Api.Session bob;
    private Api.Session carol;

    @BeforeEach
    void register() {
        owner = api.register();
        bob = api.register();
        carol = api.register();
    }

    private String group(long id) {
        return "/api/v1/group/" + id;
    }

    private List<Long> memberIds(long group) {
        Api.Reply reply = api.get(group(group) + "/users", owner.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list("users").stream().map(Chats::id).toList();
    }

    private Map<String, Object> info(long group, Api.Session who) {
        Api.Reply reply = api.get(group(group) + "/info", who.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aMultipartCreationMakesTheCallerOwnerWhateverOwnerIdSays() {
        String json = "{\"name\":\"Book club\",\"description\":\"monthly\",\"owner_id\":" + bob.userId()
                + ",\"users\":[{\"id\":" + bob.userId() + ",\"name\":\"ignored\"}]}";
        Multipart form = new Multipart().field("json", json);

        Api.Reply reply = api.post("/api/v1/group", form.contentType(), form.bytes(), owner.accessToken());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.string("status")).isEqualTo("ok");
        Map<String, Object> group = reply.map("group");
        assertThat(group)
                .containsEntry("name", "Book club")
                .containsEntry("description", "monthly")
                .containsEntry("members_count", 2);
        assertThat(((Number) group.get("owner_id")).longValue()).isEqualTo(owner.userId());
        long id = id(group);
        assertThat(((Number) info(id, bob).get("owner_id")).longValue()).isEqualTo(owner.userId());
        assertThat(memberIds(id)).containsExactlyInAnyOrder(owner.userId(), bob.userId());
        Api.Reply users = api.get(group(id) + "/users", bob.accessToken());
        assertThat(users.list("users"))
                .filteredOn(u -> id(u) == owner.userId())
                .singleElement()
                .satisfies(u -> assertThat(u).containsEntry("role", "owner"));
    }

    @Test
    void badGroupsAre400AndCreateNothing() {
        int before = api.get("/api/v1/chats", owner.accessToken()).list("rooms").size();
        List<Object> bodies = List.of(
                Map.of("name", " "),
                Map.of("description", "no name"),
                Map.of("name", "n".repeat(129)),
                Map.of("name", "ok", "users", List.of(Map.of("id", Long.MAX_VALUE))),
                Map.of("name", "ok", "users", List.of(Map.of("name", "no id"))),
                "[]",
                "{\"name\":");
        for (Object body : bodies) {
            Api.Reply reply = api.postJson("/api/v1/group", body, owner.accessToken());
            assertThat(reply.status()).as(String.valueOf(body)).isEqualTo(400);
        }
        Multipart disguised = new Multipart()
                .field("json", "{\"name\":\"With photo\"}")
                .file("photo", "g.png", "image/png", MediaFixtures.pdf());
        assertThat(api.post("/api/v1/group", disguised.contentType(), disguised.bytes(), owner.accessToken())
                        .status())
                .isEqualTo(415);
        assertThat(api.get("/api/v1/chats", owner.accessToken()).list("rooms")).hasSize(before);
    }

    @Test
    void aPhotoWithTheCreateFormBecomesTheGroupsPicture() {
        byte[] png = MediaFixtures.image("png", 30, 30);
        Multipart form =
                new Multipart().field("json", "{\"name\":\"Pictured\"}").file("photo", "g.png", "image/png", png);
        Api.Reply created = api.post("/api/v1/group", form.contentType(), form.bytes(), owner.accessToken());

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long id = ((Number) created.map("group").get("id")).longValue();
        String name = api.get(group(id) + "/avatar/url", owner.accessToken()).string("url");
        assertThat(api.download(group(id) + "/avatar/" + name, owner.accessToken())
                        .body())
                .isEqualTo(png);
    }

    @Test
    void theOwnerAddsAndRemovesMembers() {
        long id = chats.group(owner, "Team", bob);

        Api.Reply added = api.postJson(group(id) + "/add", Map.of("users", refs(carol)), owner.accessToken());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(memberIds(id)).containsExactlyInAnyOrder(owner.userId(), bob.userId(), carol.userId());
        chats.send(carol, group(id), "hi all");

        Api.Reply removed = api.deleteJson(group(id) + "/delete", Map.of("users", refs(bob)), owner.accessToken());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(memberIds(id)).containsExactlyInAnyOrder(owner.userId(), carol.userId());
        assertThat(api.get(group(id) + "/messages", bob.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void addingAMemberTwiceIs409AndAddsNobody() {
        long id = chats.group(owner, "Team", bob);

        Api.Reply reply = api.postJson(group(id) + "/add", Map.of("users", refs(carol, bob)), owner.accessToken());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("group.already_member");
        assertThat(memberIds(id)).doesNotContain(carol.userId());
    }

    @Test
    void removingANonMemberOrTheOwnerIs409AndRemovesNobody() {
        long id = chats.group(owner, "Team", bob);

        Api.Reply notMember =
                api.deleteJson(group(id) + "/delete", Map.of("users", refs(bob, carol)), owner.accessToken());
        Api.Reply theOwner = api.deleteJson(group(id) + "/delete", Map.of("users", refs(owner)), owner.accessToken());

        assertThat(notMember.status()).isEqualTo(409);
        assertThat(notMember.error()).isEqualTo("group.not_member");
        assertThat(theOwner.status()).isEqualTo(409);
        assertThat(theOwner.error()).isEqualTo("group.owner_not_removable");
        assertThat(memberIds(id)).containsExactlyInAnyOrder(owner.userId(), bob.userId());
    }

    @Test
    void aMemberWhoIsNotTheOwnerIsRefusedWith403() {
        long id = chats.group(owner, "Team", bob);

        assertThat(api.postJson(group(id) + "/add", Map.of("users", refs(carol)), bob.accessToken())
                        .error())
                .isEqualTo("group.not_owner");
        assertThat(api.deleteJson(group(id) + "/delete", Map.of("users", refs(owner)), bob.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.putJson(group(id), Map.of("name", "Mine now"), bob.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson(group(id) + "/owner", Map.of("user_id", bob.userId()), bob.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(group(id), bob.accessToken()).status()).isEqualTo(403);

        assertThat(info(id, owner)).containsEntry("name", "Team");
        assertThat(((Number) info(id, owner).get("owner_id")).longValue()).isEqualTo(owner.userId());
        assertThat(memberIds(id)).containsExactlyInAnyOrder(owner.userId(), bob.userId());
    }

    @Test
    void theOwnerRenamesAndDescribesTheGroup() {
        long id = chats.group(owner, "Team", bob);

        Api.Reply renamed = api.putJson(group(id), Map.of("name", "Core team"), owner.accessToken());
        Api.Reply described = api.putJson(group(id), Map.of("description", "ships things"), owner.accessToken());
        Api.Reply empty = api.putJson(group(id), Map.of(), owner.accessToken());

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(described.status()).isEqualTo(200);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(info(id, bob)).containsEntry("name", "Core team").containsEntry("description", "ships things");
    }

    @Test
    void ownershipCanBeHandedToAMemberOnly() {
        long id = chats.group(owner, "Team", bob);

        Api.Reply outsider = api.postJson(group(id) + "/owner", Map.of("user_id", carol.userId()), owner.accessToken());
        assertThat(outsider.status()).isEqualTo(409);
        Api.Reply handed = api.postJson(group(id) + "/owner", Map.of("user_id", bob.userId()), owner.accessToken());
        assertThat(handed.status()).as(handed.toString()).isEqualTo(200);

        assertThat(((Number) info(id, owner).get("owner_id")).longValue()).isEqualTo(bob.userId());
        assertThat(api.postJson(group(id) + "/add", Map.of("users", refs(carol)), owner.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson(group(id) + "/add", Map.of("users", refs(carol)), bob.accessToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenTheOwnerLeavesTheLongestStandingMemberTakesOver() {
        long id = chats.group(owner, "Team", bob);
        api.postJson(group(id) + "/add", Map.of("users", refs(carol)), owner.accessToken());

        Api.Reply left = api.delete(group(id) + "/leave", owner.accessToken());

        assertThat(left.status()).isEqualTo(200);
        assertThat(left.string("status")).isEqualTo("ok");
        assertThat(((Number) info(id, carol).get("owner_id")).longValue()).isEqualTo(bob.userId());
        assertThat(api.get(group(id) + "/info", owner.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void exitIsTheSameAsLeaveAndTheLastOneOutDeletesTheGroup() {
        long id = chats.group(owner, "Team", bob);
        chats.send(bob, group(id), "anyone?");

        assertThat(api.postJson(group(id) + "/exit", "", bob.accessToken()).status())
                .isEqualTo(200);
        assertThat(memberIds(id)).containsExactly(owner.userId());
        assertThat(api.postJson(group(id) + "/exit", "", owner.accessToken()).status())
                .isEqualTo(200);

        assertThat(api.get(group(id) + "/info", owner.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete(group(id) + "/leave", owner.accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void theOwnerDeletesTheGroupWithItsMessagesForEveryone() {
        long id = chats.group(owner, "Team", bob);
        chats.send(bob, group(id), "bye");

        Api.Reply deleted = api.delete(group(id), owner.accessToken());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(api.get(group(id) + "/messages", bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(group(id) + "/info", owner.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/chats", bob.accessToken()).list("rooms")).noneMatch(r -> id(r) == id);
    }

    @Test
    void theOwnerMayDeleteAnyMessageAMemberOnlyTheirOwn() {
        long id = chats.group(owner, "Team", bob, carol);
        long bobs = id(chats.send(bob, group(id), "from bob"));
        long carols = id(chats.send(carol, group(id), "from carol"));

        assertThat(api.delete(group(id) + "/messages/" + carols, bob.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(group(id) + "/messages/" + carols, owner.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(api.patchJson(
                                group(id) + "/messages/" + bobs, Map.of("text", "edited by owner"), owner.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(chats.history(carol, group(id))).extracting(Chats::id).containsExactly(bobs);
    }

    @Test
    void groupMessagesCarryTheGroupId() {
        long id = chats.group(owner, "Team", bob);

        Map<String, Object> sent = chats.send(bob, group(id), "hello");

        assertThat(((Number) sent.get("group_id")).longValue()).isEqualTo(id);
        assertThat(((Number) sent.get("chat_id")).longValue()).isEqualTo(id);
    }

    @Test
    void aGroupIsNotReachableAsAPrivateChatAndViceVersa() {
        long groupId = chats.group(owner, "Team", bob);
        long chatId = chats.open(owner, bob);

        assertThat(api.get("/api/v1/chat/" + groupId + "/info", owner.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/chat/" + groupId + "/messages", owner.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/chat/" + groupId, owner.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/group/" + chatId + "/info", owner.accessToken())
                        .error())
                .isEqualTo("group.not_found");
        assertThat(api.postJson("/api/v1/group/" + chatId + "/messages", Map.of("text", "x"), owner.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(memberIds(groupId)).hasSize(2);
    }
}
