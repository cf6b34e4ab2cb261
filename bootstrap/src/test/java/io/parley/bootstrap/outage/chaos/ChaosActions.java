package io.parley.bootstrap.outage.chaos;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a client does under load: a sender sends a message over its socket every interval, a lurker marks its chats
 * read every second; either waits for the {@code ack} and, on an {@code error}, a timeout or a closed socket, sends
 * the same frame again (the same {@code client_id}) until it is acknowledged, as the documented client does.
 */
final class ChaosActions {
    private static final Duration ACK_WAIT = Duration.ofSeconds(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(90);
    private final ChaosClient client;
    private final Duration interval;
    private final Random random;
    private final Map<Long, Long> readPointers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean loading;
    private Thread worker;
    private int sent;

    ChaosActions(ChaosClient client, Duration interval) {
        this.client = client;
        this.interval = interval;
        this.random = new Random(client.index);
    }

    void start() {
        loading = true;
        worker = new Thread(client.lurker ? this::readLoop : this::sendLoop, client.name() + "-load");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the load; what is under way is finished (sent again until acknowledged) first. */
    void stop() throws InterruptedException {
        loading = false;
        if (worker != null) {
            worker.join();
        }
    }

    /** The read pointer per chat, as the acks of this lurker's reads told it. */
    Map<Long, Long> readPointers() {
        return Map.copyOf(readPointers);
    }

    private void sendLoop() {
        List<ChaosChat> chats = client.chats();
        while (loading) {
            ChaosChat chat = chats.get(random.nextInt(chats.size()));
            String clientId = client.ledger.tag() + "-" + client.name() + "-" + (++sent);
            ChaosLedger.Send send = null;
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            Map<String, Object> frame =
                    Map.of("type", "message", "chat_id", chat.id(), "text", "chaos " + clientId, "client_id", clientId);
            while (true) {
                ChaosLink link = link(deadline);
                if (link == null) {
                    client.ledger.problem(clientId + " was not acknowledged within " + GIVE_UP);
                    break;
                }
                if (send == null) {
                    send = client.ledger.starting(clientId, chat.id(), link.node);
                }
                send.attempts++;
                Map<String, Object> ack = attempt(link, clientId, frame);
                if (ack != null) {
                    send.id = Frames.number(ack, "id");
                    send.seq = Frames.number(ack, "seq");
                    send.acked = true;
                    break;
                }
            }
            pause(interval);
        }
    }

    private void readLoop() {
        int reads = 0;
        while (loading) {
            pause(Duration.ofSeconds(1));
            for (long chat : client.chatsWithUnread(readPointers)) {
                long[] newest = client.newest(chat);
                String clientId = "read-" + client.name() + "-" + (++reads);
                Map<String, Object> frame =
                        Map.of("type", "read", "chat_id", chat, "id", newest[0], "client_id", clientId);
                long deadline = System.nanoTime() + GIVE_UP.toNanos();
                Map<String, Object> ack = null;
                while (ack == null) {
                    ChaosLink link = link(deadline);
                    if (link == null) {
                        client.ledger.problem(clientId + " (a read) was not acknowledged within " + GIVE_UP);
                        return;
                    }
                    ack = attempt(link, clientId, frame);
                }
                readPointers.merge(chat, Frames.number(ack, "seq"), Math::max);
            }
        }
    }

    private ChaosLink link(long deadline) {
        try {
            return client.awaitLink(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sends the frame once; the ack, or null when it must be sent again (after a pause). */
    private Map<String, Object> attempt(ChaosLink link, String clientId, Map<String, Object> frame) {
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        client.pending.put(clientId, answer);
        try {
            link.send(frame);
            return answer.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChaosRefusal refusal) {
                if (refusal.isServerFailure()) {
                    client.ledger.problem(
                            clientId + " got a server failure, not service.unavailable: " + refusal.getMessage());
                } else if (!refusal.isTransient()) {
                    client.ledger.problem(clientId + " was refused for good: " + refusal.getMessage());
                }
                retried(Duration.ofMillis(refusal.retryAfterMillis()));
            } else {
                retried(Duration.ofMillis(250)); // the socket closed before the answer came
            }
        } catch (TimeoutException | IOException noAnswer) {
            retried(Duration.ofMillis(250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            client.pending.remove(clientId, answer);
        }
        return null;
    }

    private void retried(Duration wait) {
        client.retries.incrementAndGet();
        pause(wait);
    }

    /** The whole history of a chat over REST from whichever node answers, trying for up to 30 s. */
    static List<Map<String, Object>> history(ChaosCluster cluster, JsonMapper json, Api.Session who, ChaosChat chat) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        AssertionError last = null;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            try {
                return new Chats(new Api(cluster.uri(round % ChaosCluster.NODES), json)).history(who, chat.path());
            } catch (AssertionError | RuntimeException unavailable) {
                last = unavailable instanceof AssertionError a ? a : new AssertionError(unavailable);
                pause(Duration.ofMillis(500));
            }
        }
        throw new AssertionError("no node served the history of chat " + chat.id() + " within 30 s", last);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
