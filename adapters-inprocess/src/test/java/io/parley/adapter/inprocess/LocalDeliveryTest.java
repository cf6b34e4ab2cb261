package io.parley.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.event.Event;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.ConnectedClients;
import io.parley.application.testdata.SampleEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalDeliveryTest {
    private final RecordingConnectedClients sockets = new RecordingConnectedClients();
    private final LocalDelivery delivery = new LocalDelivery(sockets);
    private final Event event = SampleEvents.everyKind().get(0);

    @Test
    void anEventGoesToTheSocketsThenToEverySubscriber() throws Exception {
        List<String> seen = new ArrayList<>();
        try (AutoCloseable first = delivery.subscribe(e -> seen.add("first saw sockets: " + sockets.delivered()));
                AutoCloseable second = delivery.subscribe(e -> seen.add("second"))) {
            delivery.deliver(event);
        }

        assertThat(sockets.delivered()).containsExactly(event);
        assertThat(seen).containsExactly("first saw sockets: " + List.of(event), "second");
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws Exception {
        List<Event> seen = new ArrayList<>();
        AutoCloseable subscription = delivery.subscribe(seen::add);
        delivery.deliver(event);

        subscription.close();
        delivery.deliver(event);

        assertThat(seen).containsExactly(event);
        assertThat(sockets.delivered()).containsExactly(event, event);
    }

    @Test
    void failingSocketsOrSubscribersStopNeitherTheOthersNorTheCaller() throws Exception {
        LocalDelivery failing = new LocalDelivery(new ConnectedClients() {
            @Override
            public void deliver(Event e) {
                throw new IllegalStateException("sockets down");
            }

            @Override
            public void resynchronize() {
                throw new IllegalStateException("this test does not resynchronize");
            }
        });
        List<Event> seen = new ArrayList<>();
        try (AutoCloseable broken = failing.subscribe(e -> {
                    throw new IllegalStateException("subscriber broke");
                });
                AutoCloseable working = failing.subscribe(seen::add)) {
            failing.deliver(event);
        }

        assertThat(seen).containsExactly(event);
    }

    @Test
    void resynchronizingAsksTheSockets() {
        delivery.resynchronize();

        assertThat(sockets.resynchronizations()).isEqualTo(1);
        assertThat(sockets.delivered()).isEmpty();
    }
}
