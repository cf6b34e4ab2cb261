package io.parley.bootstrap.group;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.adapter.redis.TestRedis;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group admins over REST on one node, watched live from a socket on another (two nodes sharing PostgreSQL and Redis):
 * the owner appoints and dismisses them; they rename, add and remove plain members; only the owner deletes the group,
 * hands it over or removes an admin.
 */
class GroupAdminsOverWireIT {
    private static Parley nodeA;
    private static Parley nodeB;
    private static Api api;
    private Chats chats;
    private Api.Session owner;
    private Api.Session admin;
    private Api.Session member;
    private Api.Session candidate;
    private String group;

    @BeforeAll
    static void startTwoNodes() {
        Map<String, Object> cluster = TestServer.redis(TestRedis.uri(), TestRedis.namespace());
        nodeA = TestServer.start(TestDatabase.shared(), cluster);
        nodeB = TestServer.start(TestDatabase.shared(), cluster);
        api = new Api(nodeA);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @BeforeEach
    void aGroupWithAnAdmin() {
        chats = new Chats(api);
        owner = api.register();
        admin = api.register();
        member = api.register();
        candidate = api.register();
        group = "/api/v1/group/" + chats.group(owner, "admins", admin, member);
        ok(api.postJson(group + "/admins", Map.of("user_id", admin.userId()), owner.accessToken()));
    }

    @Test
    void anAppointedAdminShowsInTheGroupAndItsMemberList() {
        Api.Reply info = api.get(group + "/info", member.accessToken());
        ok(info);
        assertThat(info.json().toString()).contains("admin_ids=[" + admin.userId() + "]");
        Api.Reply users = api.get(group + "/users", member.accessToken());
        ok(users);
        assertThat(users.json().toString())
                .contains("id=" + admin.userId() + ", name=")
                .contains("role=admin")
                .contains("role=owner");
    }

    @Test
    void anAdminRenamesAddsAndRemovesPlainMembers() {
        ok(api.putJson(group, Map.of("name", "renamed by admin"), admin.accessToken()));
        ok(api.postJson(group + "/add", Map.of("users", Chats.refs(candidate)), admin.accessToken()));
        ok(api.deleteJson(group + "/delete", Map.of("users", Chats.refs(member)), admin.accessToken()));

        Api.Reply info = api.get(group + "/info", owner.accessToken());
        assertThat(info.json().toString()).contains("name=renamed by admin");
        assertThat(api.get(group + "/info", member.accessToken()).status()).isEqualTo(404);
        ok(api.get(group + "/info", candidate.accessToken()));
    }

    @Test
    void onlyTheOwnerDeletesHandsOverAppointsAndRemovesAnAdmin() {
        Api.Reply second = api.postJson(group + "/admins", Map.of("user_id", member.userId()), owner.accessToken());
        ok(second);
        assertThat(second.map("group").get("admin_ids"))
                .isEqualTo(List.of((int) admin.userId(), (int) member.userId()));

        forbidden(api.delete(group, admin.accessToken()));
        forbidden(api.postJson(group + "/owner", Map.of("user_id", admin.userId()), admin.accessToken()));
        forbidden(api.postJson(group + "/admins", Map.of("user_id", candidate.userId()), admin.accessToken()));
        forbidden(api.delete(group + "/admins/" + member.userId(), admin.accessToken()));
        forbidden(api.deleteJson(group + "/delete", Map.of("users", Chats.refs(member)), admin.accessToken()));
        Api.Reply ownerOut = api.deleteJson(group + "/delete", Map.of("users", Chats.refs(owner)), admin.accessToken());
        assertThat(ownerOut.status()).isEqualTo(409);
        assertThat(ownerOut.error()).isEqualTo("group.owner_not_removable");

        ok(api.get(group + "/info", member.accessToken()));
        assertThat(api.get(group + "/info", owner.accessToken()).json().toString())
                .contains("name=admins");
    }

    @Test
    void theOwnersRoleIsFixedAndOutsidersAndBadBodiesAreRefused() {
        Api.Reply self = api.postJson(group + "/admins", Map.of("user_id", owner.userId()), owner.accessToken());
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.error()).isEqualTo("group.owner_role_fixed");
        assertThat(api.delete(group + "/admins/" + owner.userId(), owner.accessToken())
                        .error())
                .isEqualTo("group.owner_role_fixed");
        Api.Reply stranger =
                api.postJson(group + "/admins", Map.of("user_id", candidate.userId()), owner.accessToken());
        assertThat(stranger.status()).isEqualTo(409);
        assertThat(stranger.error()).isEqualTo("group.not_member");
        Api.Reply missing = api.postJson(group + "/admins", Map.of(), owner.accessToken());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).isEqualTo("group.missing_user_id");
        Api.Reply text = api.postJson(group + "/admins", Map.of("user_id", "12"), owner.accessToken());
        assertThat(text.status()).isEqualTo(400);
        Api.Reply outsider =
                api.postJson(group + "/admins", Map.of("user_id", member.userId()), candidate.accessToken());
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.error()).isEqualTo("group.not_found");
        assertThat(api.get(group + "/info", owner.accessToken()).json().toString())
                .contains("admin_ids=[" + admin.userId() + "]");
    }

    @Test
    void aDismissedAdminIsAPlainMemberAgain() {
        Api.Reply dismissed = api.delete(group + "/admins/" + admin.userId(), owner.accessToken());
        ok(dismissed);
        assertThat(dismissed.map("group").get("admin_ids")).isEqualTo(List.of());
        forbidden(api.putJson(group, Map.of("name", "no longer"), admin.accessToken()));
    }

    @Test
    void aHandoverKeepsTheAdmins() {
        ok(api.postJson(group + "/owner", Map.of("user_id", member.userId()), owner.accessToken()));
        Api.Reply info = api.get(group + "/info", owner.accessToken());
        assertThat(info.json().toString())
                .contains("owner_id=" + member.userId())
                .contains("admin_ids=[" + admin.userId() + "]");
        forbidden(api.putJson(group, Map.of("name", "former owner"), owner.accessToken()));
    }

    @Test
    void membersOnAnotherNodeAreToldLiveWhenSomeoneBecomesOrStopsBeingAdmin() {
        try (WsClient watcher = WsClient.open(nodeB, "/api/v1/main", member.accessToken())) {
            watcher.next("message", "unread_messages");

            ok(api.postJson(group + "/admins", Map.of("user_id", member.userId()), owner.accessToken()));
            Map<String, Object> appointed = payload(watcher.next("notification", "group_changed"));
            assertThat(Frames.map(appointed, "group").get("admin_ids"))
                    .isEqualTo(List.of((int) admin.userId(), (int) member.userId()));

            ok(api.delete(group + "/admins/" + admin.userId(), owner.accessToken()));
            Map<String, Object> dismissed = payload(watcher.next("notification", "group_changed"));
            assertThat(Frames.map(dismissed, "group").get("admin_ids")).isEqualTo(List.of((int) member.userId()));
        }
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static void forbidden(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("group.not_owner");
    }
}
