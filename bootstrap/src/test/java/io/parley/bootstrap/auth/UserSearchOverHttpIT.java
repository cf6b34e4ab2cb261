package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserSearchOverHttpIT {
    private final Api api = TestServer.api();

    @Test
    void findsUsersByUsernameOrNamePrefixInUsernameOrderWithPaging() {
        String prefix = Api.uniqueName("s");
        Api.Session caller = api.register(prefix + "_carol", "correct horse");
        api.register(prefix + "_alice", "correct horse");
        Api.Session bob = api.register(Api.uniqueName("zz"), "correct horse");
        api.putJson("/api/v1/user", Map.of("name", prefix.toUpperCase() + " Bob"), bob.accessToken());

        Api.Reply all = api.get("/api/v1/users?q=" + prefix, caller.accessToken());
        assertThat(all.status()).isEqualTo(200);
        List<Map<String, Object>> users = all.list("users");
        assertThat(users)
                .extracting(u -> u.get("username"))
                .containsExactly(prefix + "_alice", prefix + "_carol", bobsUsername(bob));
        assertThat(users.get(0))
                .containsKeys("id", "name", "username", "description")
                .doesNotContainKey("email");

        Api.Reply second = api.get("/api/v1/users?q=" + prefix + "&limit=1&offset=1", caller.accessToken());
        assertThat(second.list("users")).extracting(u -> u.get("username")).containsExactly(prefix + "_carol");
        assertThat(second.json()).containsEntry("limit", 1).containsEntry("offset", 1);
    }

    @Test
    void badPagingIs400() {
        Api.Session caller = api.register();
        assertThat(api.get("/api/v1/users?limit=0", caller.accessToken()).error())
                .isEqualTo("request.invalid_limit");
        assertThat(api.get("/api/v1/users?limit=101", caller.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/users?offset=-1", caller.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/users?limit=abc", caller.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/users?q=nul%00byte", caller.accessToken()).error())
                .isEqualTo("request.invalid_query");
    }

    private String bobsUsername(Api.Session bob) {
        return (String) api.get("/api/v1/user", bob.accessToken()).json().get("username");
    }
}
