package io.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.parley.adapter.persistence.TestDatabase;
import io.parley.adapter.redis.RedisCallRoster;
import io.parley.adapter.redis.RedisSettings;
import io.parley.adapter.redis.TestRedis;
import io.parley.application.model.CallParticipant;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In multi-node mode a node that crashes leaves its call sessions in Redis; the live nodes sweep them out, and the
 * others in the call hear they left, while the sessions of live sockets stay.
 */
class CallSweepOverWsIT {

    @Test
    void aSessionLeftBehindByACrashedNodeIsSweptOutAndAnnouncedAsLeaving() throws Exception {
        String namespace = TestRedis.namespace();
        Map<String, Object> fastSweeps = new HashMap<>(TestServer.redis(TestRedis.uri(), namespace));
        fastSweeps.put("parley.presence.heartbeat", "1s");
        fastSweeps.put("parley.calls.session-expiry", "3s");
        RedisClient client = RedisClient.create(TestRedis.uri());
        try (Parley node = TestServer.start(TestDatabase.shared(), fastSweeps);
                RedisCallRoster crashedNode = new RedisCallRoster(client, RedisSettings.of(namespace))) {
            Api api = new Api(node);
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            long chat = new Chats(api).open(alice, bob);

            try (WsClient aliceCall = WsClient.open(node, "/api/v1/chat/" + chat + "/call", alice.accessToken())) {
                aliceCall.send(Map.of("type", "join"));
                String aliceSession = (String)
                        aliceCall.next(f -> "joined".equals(f.get("type"))).get("sessionId");
                crashedNode.join(ChatId.of(chat), new CallParticipant("ghost-of-bob", UserId.of(bob.userId()), "Bob"));

                Map<String, Object> left = aliceCall.next(f -> "leave".equals(f.get("type")));
                assertThat(left).containsEntry("sessionId", "ghost-of-bob");
                Thread.sleep(4_000);
                assertThat(crashedNode.participants(ChatId.of(chat)))
                        .extracting(CallParticipant::sessionId)
                        .containsExactly(aliceSession);
            }
        } finally {
            TestRedis.deleteNamespace(client, namespace);
            client.shutdown();
        }
    }
}
