package io.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spelling of a socket path is checked before the upgrade, and a bad header is not rescued by the query. */
class UpgradeChecksOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void aTrailingSlashIsCheckedBeforeTheUpgradeLikeThePathWithout() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session eve = api.register();
        long chat = chats.open(alice, bob);
        long group = chats.group(alice, "Slashes", bob);

        List<String> paths = new ArrayList<>();
        for (String base : List.of(
                "/api/v1/chat/" + chat,
                "/api/v1/group/" + group,
                "/api/v1/chat/" + chat + "/call",
                "/api/v1/group/" + group + "/call",
                "/api/v1/chat/999999999",
                "/api/v1/group/999999999",
                "/api/v1/chat/999999999/call",
                "/api/v1/group/999999999/call")) {
            paths.add(base + "/");
        }
        for (String path : paths) {
            RawUpgrade.Answer answer = RawUpgrade.request(server, path, eve.accessToken());
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("not_found");
            assertThat(RawUpgrade.request(server, path, null).status()).as(path).isEqualTo(401);
        }
        // members still get in, with or without the slash
        assertThat(RawUpgrade.request(server, "/api/v1/group/" + group + "/", bob.accessToken())
                        .status())
                .isEqualTo(101);
        assertThat(RawUpgrade.request(server, "/api/v1/chat/" + chat + "/call/", bob.accessToken())
                        .status())
                .isEqualTo(101);
        assertThat(RawUpgrade.request(server, "/api/v1/main/", null).status()).isEqualTo(401);
    }

    @Test
    void aBadAuthorizationHeaderWinsOverAValidQueryToken() {
        Api.Session alice = api.register();
        for (String header : List.of(
                "Authorization: Bearer not-a-token\r\n",
                "Authorization: Bearer " + alice.accessToken() + "x\r\n",
                "Authorization: Basic YWxpY2U6c2VjcmV0\r\n")) {
            RawUpgrade.Answer answer =
                    RawUpgrade.requestWithHeaders(server, "/api/v1/main?access_token=" + alice.accessToken(), header);
            assertThat(answer.status()).as(header).isEqualTo(401);
            assertThat(answer.body()).contains("auth.unauthorized");
        }
        assertThat(RawUpgrade.requestWithHeaders(server, "/api/v1/main?access_token=" + alice.accessToken(), "")
                        .status())
                .isEqualTo(101);
    }
}
