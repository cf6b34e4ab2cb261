package io.parley.bootstrap.group;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicGroupsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private Api.Session owner;
    private Api.Session admin;
    private Api.Session member;
    private Api.Session stranger;
    private long groupId;
    private String group;

    @BeforeEach
    void aPrivateGroup() {
        owner = api.register();
        admin = api.register();
        member = api.register();
        stranger = api.register();
        groupId = chats.group(owner, "town square", admin, member);
        group = "/api/v1/group/" + groupId;
        status(api.postJson(group + "/admins", Map.of("user_id", admin.userId()), owner.accessToken()), 200);
    }

    @Test
    void aPrivateGroupCannotBeJoinedAndLooksAbsentToStrangers() {
        Api.Reply refused = api.send("POST", group + "/join", stranger.accessToken());
        assertError(refused, 404, "group.not_found");
        assertThat(api.get(group + "/info", owner.accessToken()).json())
                .containsEntry("public", false)
                .containsEntry("members_count", 3);
    }

    @Test
    void anAdminOpensTheGroupAndAStrangerJoinsWhileTheMembersWatch() {
        try (WsClient memberMain = WsClient.open(TestServer.parley(), "/api/v1/main", member.accessToken())) {
            memberMain.next("message", "unread_messages");

            Api.Reply opened = api.putJson(group + "/visibility", Map.of("public", true), admin.accessToken());
            status(opened, 200);
            assertThat(opened.map("group")).containsEntry("public", true);
            Map<String, Object> changed = payload(memberMain.next("notification", "group_changed"));
            assertThat(Frames.map(changed, "group")).containsEntry("public", true);

            chats.send(owner, group, "welcome, whoever comes");
            Api.Reply joined = api.send("POST", group + "/join", stranger.accessToken());
            status(joined, 200);
            assertThat(joined.map("group")).containsEntry("members_count", 4);
            assertThat(payload(memberMain.next("notification", "members_added")).get("users"))
                    .isEqualTo(List.of((int) stranger.userId()));
        }
        assertThat(chats.history(stranger, group))
                .extracting(m -> m.get("text"))
                .contains("welcome, whoever comes");
        assertError(api.send("POST", group + "/join", stranger.accessToken()), 409, "group.already_member");
        assertError(api.putJson(group, Map.of("name", "mine now"), stranger.accessToken()), 403, "group.not_owner");
    }

    @Test
    void closingTheGroupStopsNewJoinsAndKeepsWhoJoined() {
        status(api.putJson(group + "/visibility", Map.of("public", true), owner.accessToken()), 200);
        status(api.send("POST", group + "/join", stranger.accessToken()), 200);
        status(api.putJson(group + "/visibility", Map.of("public", false), owner.accessToken()), 200);

        Api.Session late = api.register();
        assertError(api.send("POST", group + "/join", late.accessToken()), 404, "group.not_found");
        status(api.get(group + "/info", stranger.accessToken()), 200);
    }

    @Test
    void onlyModeratorsChangeVisibilityAndBadBodiesChangeNothing() {
        assertError(
                api.putJson(group + "/visibility", Map.of("public", true), member.accessToken()),
                403,
                "group.not_owner");
        assertError(
                api.putJson(group + "/visibility", Map.of("public", true), stranger.accessToken()),
                404,
                "group.not_found");
        assertError(api.putJson(group + "/visibility", Map.of(), owner.accessToken()), 400, "group.missing_public");
        assertThat(api.putJson(group + "/visibility", Map.of("public", "yes"), owner.accessToken())
                        .status())
                .isEqualTo(400);
        assertThat(api.get(group + "/info", owner.accessToken()).json()).containsEntry("public", false);
        assertError(api.send("POST", group + "/join", stranger.accessToken()), 404, "group.not_found");
    }

    private static void status(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }

    private static void assertError(Api.Reply reply, int status, String error) {
        status(reply, status);
        assertThat(reply.error()).as(reply.toString()).isEqualTo(error);
    }
}
