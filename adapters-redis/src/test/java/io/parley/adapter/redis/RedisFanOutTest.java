package io.parley.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parley.application.event.Event;
import io.parley.application.event.MessageSent;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.ConnectedClients;
import io.parley.application.testdata.SampleEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Redis fan-out adds to the publisher contract: robustness against bad input, drops and local failures. */
final class RedisFanOutTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> admin;
    private final String namespace = TestRedis.namespace();
    private final List<RedisEventPublisher> nodes = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client = RedisClient.create(TestRedis.uri());
        admin = client.connect();
    }

    @AfterAll
    static void disconnect() {
        admin.close();
        client.shutdown();
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(RedisEventPublisher::close);
        TestRedis.deleteNamespace(client, namespace);
    }

    @Test
    void malformedMessagesAreSkippedAndLaterEventsStillArrive() throws Exception {
        RecordingConnectedClients receiver = new RecordingConnectedClients();
        node(receiver, namespace);
        Event foreign = SampleEvents.everyKind().get(5);
        Event later = new MessageSent(SampleEvents.message(9), 9, List.of());
        String channel = namespace + ":events";

        admin.sync().publish(channel, "not json at all");
        admin.sync().publish(channel, "{\"origin\":\"elsewhere\",\"type\":\"java.lang.Runtime\",\"event\":{}}");
        admin.sync()
                .publish(
                        channel,
                        "{\"origin\":\"elsewhere\",\"type\":\"chat_created\",\"event\":"
                                + "{\"chat\":{\"value\":-1},\"kind\":\"GROUP\",\"audience\":[]}}");
        admin.sync().publish(channel, EventCodec.standalone().encode("elsewhere", foreign));
        node(new RecordingConnectedClients(), namespace).publish(later);

        assertThat(receiver.awaitCount(2, WAIT)).containsExactly(foreign, later);
    }

    @Test
    void aNodeResynchronizesOnceWhenItsSubscriptionComesBackAfterADrop() throws Exception {
        RecordingConnectedClients receiver = new RecordingConnectedClients();
        node(receiver, namespace);
        RedisEventPublisher sender = node(new RecordingConnectedClients(), namespace);
        assertThat(receiver.resynchronizations()).isZero();

        assertThat(killSubscriptionsOf(namespace)).isEqualTo(2);

        awaitResynchronized(receiver);
        Event afterReconnect = new MessageSent(SampleEvents.message(3), 3, List.of());
        sender.publish(afterReconnect);
        assertThat(receiver.awaitCount(1, WAIT)).containsExactly(afterReconnect);
        assertThat(receiver.resynchronizations()).isEqualTo(1);
    }

    @Test
    void aFailingLocalDeliveryNeitherThrowsNorKeepsTheEventFromOtherNodes() throws Exception {
        ConnectedClients failing = new ConnectedClients() {
            @Override
            public void deliver(Event event) {
                throw new IllegalStateException("socket registry broken");
            }

            @Override
            public void resynchronize() {
                throw new IllegalStateException("socket registry broken");
            }
        };
        RecordingConnectedClients elsewhere = new RecordingConnectedClients();
        RedisEventPublisher publisher = node(failing, namespace);
        node(elsewhere, namespace);
        Event event = SampleEvents.everyKind().get(0);

        assertThatCode(() -> publisher.publish(event)).doesNotThrowAnyException();

        assertThat(elsewhere.awaitCount(1, WAIT)).containsExactly(event);
    }

    @Test
    void aClosedNodeStillDeliversLocallyWithoutThrowing() {
        RecordingConnectedClients here = new RecordingConnectedClients();
        RedisEventPublisher publisher = node(here, namespace);
        publisher.close();
        Event event = SampleEvents.everyKind().get(1);

        assertThatCode(() -> publisher.publish(event)).doesNotThrowAnyException();

        assertThat(here.delivered()).containsExactly(event);
    }

    @Test
    void nodesOfAnotherNamespaceHearNothing() throws Exception {
        String otherNamespace = TestRedis.namespace();
        RecordingConnectedClients stranger = new RecordingConnectedClients();
        RecordingConnectedClients member = new RecordingConnectedClients();
        node(stranger, otherNamespace);
        node(member, namespace);

        node(new RecordingConnectedClients(), namespace)
                .publish(SampleEvents.everyKind().get(2));

        member.awaitCount(1, WAIT);
        Thread.sleep(200);
        assertThat(stranger.delivered()).isEmpty();
    }

    private RedisEventPublisher node(ConnectedClients local, String ns) {
        RedisEventPublisher node = RedisEventPublisher.connect(local, client, ns);
        nodes.add(node);
        return node;
    }

    /** Kills the subscription connections of the namespace's nodes (they are named after it); returns how many. */
    private static long killSubscriptionsOf(String ns) {
        long killed = 0;
        for (String line : admin.sync().clientList().split("\n")) {
            if (line.contains(" name=" + ns + ":events:")) {
                String id = line.substring(3, line.indexOf(' '));
                killed += admin.sync().clientKill(KillArgs.Builder.id(Long.parseLong(id)));
            }
        }
        return killed;
    }

    private static void awaitResynchronized(RecordingConnectedClients clients) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (clients.resynchronizations() == 0) {
            assertThat(System.nanoTime()).as("resynchronized within %s", WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
