package io.parley.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.event.Event;
import io.parley.application.event.MessageSent;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.testdata.SampleEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventPublisher} must do, in-process or across nodes: each node of a cluster hands every event
 * to its {@link ConnectedClients} exactly once, its own events before {@code publish} returns, and the events of one
 * publisher in publication order.
 */
public abstract class EventPublisherContract {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * A node of the cluster under test: a publisher that hands the events it receives to {@code local}. The nodes
     * made within one test share one fan-out, and only they do (no events from other tests).
     */
    protected abstract EventPublisher node(RecordingConnectedClients local) throws Exception;

    @Test
    void theLocalNodeHasTheEventBeforePublishReturns() throws Exception {
        RecordingConnectedClients here = new RecordingConnectedClients();
        EventPublisher publisher = node(here);

        publisher.publish(SampleEvents.everyKind().get(0));

        assertThat(here.delivered()).containsExactly(SampleEvents.everyKind().get(0));
    }

    @Test
    void everyNodeReceivesEachEventExactlyOnce() throws Exception {
        RecordingConnectedClients first = new RecordingConnectedClients();
        RecordingConnectedClients second = new RecordingConnectedClients();
        EventPublisher one = node(first);
        EventPublisher other = node(second);

        one.publish(new MessageSent(SampleEvents.message(1), 1, List.of()));
        other.publish(new MessageSent(SampleEvents.message(2), 2, List.of()));

        first.awaitCount(2, WAIT);
        second.awaitCount(2, WAIT);
        Thread.sleep(200);
        assertThat(first.delivered()).hasSize(2).containsExactlyInAnyOrderElementsOf(second.delivered());
    }

    @Test
    void everyKindOfEventArrivesEqualOnAnotherNode() throws Exception {
        RecordingConnectedClients elsewhere = new RecordingConnectedClients();
        EventPublisher publisher = node(new RecordingConnectedClients());
        node(elsewhere);

        SampleEvents.everyKind().forEach(publisher::publish);

        assertThat(elsewhere.awaitCount(SampleEvents.everyKind().size(), WAIT))
                .containsExactlyElementsOf(SampleEvents.everyKind());
    }

    @Test
    void eventsOfOnePublisherArriveInPublicationOrder() throws Exception {
        RecordingConnectedClients elsewhere = new RecordingConnectedClients();
        EventPublisher publisher = node(new RecordingConnectedClients());
        node(elsewhere);
        List<Event> sent = new ArrayList<>();
        IntStream.rangeClosed(1, 500).forEach(i -> sent.add(new MessageSent(SampleEvents.message(i), i, List.of())));

        sent.forEach(publisher::publish);

        assertThat(elsewhere.awaitCount(sent.size(), WAIT)).containsExactlyElementsOf(sent);
    }
}
