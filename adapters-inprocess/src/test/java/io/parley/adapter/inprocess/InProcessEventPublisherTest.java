package io.parley.adapter.inprocess;

import io.parley.application.event.Event;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.EventPublisherContract;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The single-node fan-out passes the same contract as the Redis one. A "cluster" here is one JVM: every node's
 * clients hang off the one publisher, as all sockets of a single node do.
 */
class InProcessEventPublisherTest extends EventPublisherContract {
    private final List<ConnectedClients> nodes = new CopyOnWriteArrayList<>();
    private final EventPublisher publisher = new InProcessEventPublisher(() -> new ConnectedClients() {
        @Override
        public void deliver(Event event) {
            nodes.forEach(node -> node.deliver(event));
        }

        @Override
        public void resynchronize() {
            nodes.forEach(ConnectedClients::resynchronize);
        }
    });

    @Override
    protected EventPublisher node(RecordingConnectedClients local) {
        nodes.add(local);
        return publisher;
    }
}
