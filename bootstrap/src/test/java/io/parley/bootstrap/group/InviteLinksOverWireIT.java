package io.parley.bootstrap.group;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InviteLinksOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session owner;
    private Api.Session admin;
    private Api.Session member;
    private Api.Session newcomer;
    private long groupId;
    private String group;

    @BeforeEach
    void aGroupWithAnAdmin() {
        owner = api.register();
        admin = api.register();
        member = api.register();
        newcomer = api.register();
        groupId = chats.group(owner, "invites", admin, member);
        group = "/api/v1/group/" + groupId;
        status(api.postJson(group + "/admins", Map.of("user_id", admin.userId()), owner.accessToken()), 200);
    }

    @Test
    void whoeverHoldsALinkJoinsAndTheMembersAreToldLive() {
        Map<String, Object> invite = create(owner, Map.of());
        String token = (String) invite.get("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(invite)
                .containsEntry("join_path", "/api/v1/invites/" + token + "/join")
                .containsEntry("group_id", (int) groupId)
                .containsEntry("uses", 0)
                .containsEntry("usable", true)
                .containsEntry("revoked", false)
                .containsEntry("expires_at", null)
                .containsEntry("max_uses", null);
        chats.send(owner, group, "before the newcomer");

        try (WsClient memberMain = WsClient.open(TestServer.parley(), "/api/v1/main", member.accessToken());
                WsClient newcomerMain = WsClient.open(TestServer.parley(), "/api/v1/main", newcomer.accessToken())) {
            memberMain.next("message", "unread_messages");
            newcomerMain.next("message", "unread_messages");

            Api.Reply joined = api.send("POST", "/api/v1/invites/" + token + "/join", newcomer.accessToken());
            status(joined, 200);
            assertThat(joined.map("group")).containsEntry("id", (int) groupId).containsEntry("members_count", 4);

            assertThat(payload(memberMain.next("notification", "members_added")).get("users"))
                    .isEqualTo(List.of((int) newcomer.userId()));
            assertThat(payload(newcomerMain.next("notification", "added_to_group")))
                    .containsEntry("chat_id", (int) groupId);
        }
        assertThat(chats.history(newcomer, group))
                .extracting(m -> m.get("text"))
                .contains("before the newcomer");
        chats.send(newcomer, group, "hello all");
        Api.Reply again = api.send("POST", "/api/v1/invites/" + token + "/join", newcomer.accessToken());
        status(again, 200);
        assertThat(list(admin)).singleElement().satisfies(l -> assertThat(l).containsEntry("uses", 1));
    }

    @Test
    void aLinkLimitedToUsesAdmitsThatManyEvenWhenTheyRace() throws Exception {
        String token = (String) create(admin, Map.of("max_uses", 3)).get("token");
        List<Api.Session> crowd = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            crowd.add(api.register());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (Api.Session who : crowd) {
            replies.add(pool.submit(() -> api.send("POST", "/api/v1/invites/" + token + "/join", who.accessToken())));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply done = reply.get();
            statuses.add(done.status());
            if (done.status() == 409) {
                assertThat(done.error()).isEqualTo("invite.used_up");
            }
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(api.get(group + "/info", owner.accessToken()).json().toString())
                .contains("members_count=6");
        assertThat(list(owner))
                .singleElement()
                .satisfies(l -> assertThat(l).containsEntry("uses", 3).containsEntry("usable", false));
    }

    @Test
    void revokedExpiredAndUnknownLinksAreRefusedClearly() throws Exception {
        String revoked = (String) create(owner, Map.of()).get("token");
        Api.Reply revoke = api.delete(group + "/invites/" + revoked, admin.accessToken());
        status(revoke, 200);
        assertThat(revoke.json()).containsEntry("revoked", true).containsEntry("usable", false);
        assertError(join(revoked, newcomer), 409, "invite.revoked");

        String soon = (String)
                create(owner, Map.of("expires_at", Instant.now().plusSeconds(2).toString()))
                        .get("token");
        Api.Reply expired = join(soon, newcomer);
        for (int i = 0; i < 40 && expired.status() != 409; i++) {
            // the first tries may still land before the expiry; a joined newcomer would make later ones 200
            status(api.send("POST", group + "/exit", newcomer.accessToken()), 200);
            Thread.sleep(250);
            expired = join(soon, newcomer);
        }
        assertError(expired, 409, "invite.expired");

        assertError(join("A".repeat(43), newcomer), 404, "invite.not_found");
        assertError(join("not-a-token", newcomer), 404, "invite.not_found");
        assertThat(api.get(group + "/info", newcomer.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerAndAdminsManageLinksAndOutsidersSeeNoGroup() {
        String token = (String) create(owner, Map.of()).get("token");
        assertError(api.postJson(group + "/invites", Map.of(), member.accessToken()), 403, "group.not_owner");
        assertError(api.get(group + "/invites", member.accessToken()), 403, "group.not_owner");
        assertError(api.delete(group + "/invites/" + token, member.accessToken()), 403, "group.not_owner");
        assertError(api.postJson(group + "/invites", Map.of(), newcomer.accessToken()), 404, "group.not_found");
        assertError(api.get(group + "/invites", newcomer.accessToken()), 404, "group.not_found");
        assertError(api.delete(group + "/invites/" + token, newcomer.accessToken()), 404, "group.not_found");
        assertThat(list(owner)).singleElement().satisfies(l -> assertThat(l).containsEntry("usable", true));

        String other = "/api/v1/group/" + chats.group(newcomer, "elsewhere");
        String foreign = (String) api.postJson(other + "/invites", Map.of(), newcomer.accessToken())
                .json()
                .get("token");
        assertError(api.delete(group + "/invites/" + foreign, owner.accessToken()), 404, "invite.not_found");
    }

    @Test
    void badLimitsAreRefusedAndNothingIsCreated() {
        assertError(
                api.postJson(group + "/invites", Map.of("max_uses", 0), owner.accessToken()),
                400,
                "invite.invalid_max_uses");
        assertThat(api.postJson(group + "/invites", Map.of("max_uses", "3"), owner.accessToken())
                        .status())
                .isEqualTo(400);
        assertError(
                api.postJson(group + "/invites", Map.of("expires_at", "tomorrow"), owner.accessToken()),
                400,
                "invite.invalid_expiry");
        assertError(
                api.postJson(group + "/invites", Map.of("expires_at", "2020-01-01T00:00:00Z"), owner.accessToken()),
                400,
                "invite.invalid_expiry");
        assertThat(list(owner)).isEmpty();
        assertThat(api.send("POST", "/api/v1/invites/" + "A".repeat(43) + "/join", null)
                        .status())
                .isEqualTo(401);
    }

    private Map<String, Object> create(Api.Session who, Map<String, Object> body) {
        Api.Reply reply = api.postJson(group + "/invites", body, who.accessToken());
        status(reply, 201);
        return reply.json();
    }

    private List<Map<String, Object>> list(Api.Session who) {
        Api.Reply reply = api.get(group + "/invites", who.accessToken());
        status(reply, 200);
        return reply.list("invites");
    }

    private Api.Reply join(String token, Api.Session who) {
        return api.send("POST", "/api/v1/invites/" + token + "/join", who.accessToken());
    }

    private static void status(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }

    private static void assertError(Api.Reply reply, int status, String error) {
        status(reply, status);
        assertThat(reply.error()).as(reply.toString()).isEqualTo(error);
    }
}
