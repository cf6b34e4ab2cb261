package io.parley.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.adapter.wire.testing.AdapterTestServer;
import io.parley.application.chat.CheckMembershipQuery;
import io.parley.application.chat.Inbox;
import io.parley.application.chat.OpenInboxQuery;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.presence.GoOfflineCommand;
import io.parley.application.presence.GoOnlineCommand;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upgrades the adapter refuses before any socket opens (401, 404, 400), and the two ways a token may come. */
class SocketUpgradeTest {
    private final EmbeddedServer server = AdapterTestServer.get();
    private final String token = AdapterTestServer.token(7, UUID.randomUUID());
    private ScriptedUseCases script;

    @BeforeEach
    void emptyScript() {
        script = AdapterTestServer.script();
        script.answer(GoOnlineCommand.class, command -> null);
        script.answer(GoOfflineCommand.class, command -> null);
    }

    @Test
    void anUpgradeWithoutATokenIs401() {
        assertThat(SocketClient.refusal(server, "/api/v1/main", null)).isEqualTo(401);
        assertThat(SocketClient.refusal(server, "/api/v1/chat/5", null)).isEqualTo(401);
        assertThat(script.received()).isEmpty();
    }

    @Test
    void anUpgradeWithATokenSignedByAnotherSecretIs401() {
        String forged = AdapterTestServer.sign("another-secret-that-is-long-enough-for-hs256", 7, UUID.randomUUID());

        assertThat(SocketClient.refusal(server, "/api/v1/main", forged)).isEqualTo(401);
    }

    @Test
    void anUpgradeIntoAChatTheCallerIsNotInIs404AfterAskingTheMembershipUseCase() {
        script.answer(CheckMembershipQuery.class, query -> {
            throw query.chat().notFound();
        });

        assertThat(SocketClient.refusal(server, "/api/v1/group/12", token)).isEqualTo(404);
        assertThat(script.only(CheckMembershipQuery.class))
                .isEqualTo(new CheckMembershipQuery(UserId.of(7), ChatAddress.group(12)));
    }

    @Test
    void aChatIdThatIsNoNumberIs404WithoutAskingAnyUseCase() {
        assertThat(SocketClient.refusal(server, "/api/v1/chat/abc", token)).isEqualTo(404);
        assertThat(script.received()).isEmpty();
    }

    @Test
    void aBadHistoryLimitIs400BeforeMembershipIsChecked() {
        assertThat(SocketClient.refusal(server, "/api/v1/chat/5?limit=0", token))
                .isEqualTo(400);
        assertThat(script.received()).noneMatch(CheckMembershipQuery.class::isInstance);
    }

    @Test
    void aPlainGetOfASocketPathIs400AskingForAnUpgrade() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://" + server.getHost() + ":" + server.getPort() + "/api/v1/main"))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"request.websocket_required\"");
    }

    @Test
    void aBrowserMayPassTheTokenAsAccessTokenQueryParameter() {
        script.answer(
                CheckMembershipQuery.class,
                query -> new Membership(query.chat().id(), query.chat().kind(), query.actor(), MemberRole.MEMBER));
        script.answer(OpenInboxQuery.class, query -> new Inbox(List.of(), List.of(), List.of(), List.of()));

        try (SocketClient socket = SocketClient.open(server, "/api/v1/main?access_token=" + token, null)) {
            socket.next("message");
        }
        assertThat(script.only(OpenInboxQuery.class)).isEqualTo(new OpenInboxQuery(UserId.of(7)));
    }
}
