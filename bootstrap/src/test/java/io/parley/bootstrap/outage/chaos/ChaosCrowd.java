package io.parley.bootstrap.outage.chaos;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The chaos test's users, spread over both nodes (client {@code i} lives on node {@code i % 2}): senders in groups
 * of about four and in private chats with a sender of the other node, and lurkers who are in every group and in one
 * private chat each, never send and mark read what they received.
 */
public final class ChaosCrowd implements AutoCloseable {
    private final List<ChaosClient> clients = new ArrayList<>();
    private final List<ChaosActions> actions = new ArrayList<>();
    private final List<ChaosChat> chats = new ArrayList<>();
    private final ChaosCluster cluster;
    private final JsonMapper json;

    private ChaosCrowd(ChaosCluster cluster, JsonMapper json) {
        this.cluster = cluster;
        this.json = json;
    }

    /** Registers the users, opens their chats and groups, and connects every client's main socket. */
    public static ChaosCrowd gather(ChaosCluster cluster, ChaosScale scale, ChaosLedger ledger, JsonMapper json) {
        ChaosCrowd crowd = new ChaosCrowd(cluster, json);
        Api api = new Api(cluster.uri(0), json);
        int people = scale.senders() + scale.lurkers();
        for (int i = 0; i < people; i++) {
            ChaosClient client = new ChaosClient(i, api.register(), i >= scale.senders(), cluster, ledger, json);
            crowd.clients.add(client);
            crowd.actions.add(new ChaosActions(client, scale.sendInterval()));
        }
        crowd.openChats(new Chats(api), scale);
        crowd.clients.forEach(ChaosClient::connect);
        crowd.awaitConnected(Duration.ofSeconds(30));
        return crowd;
    }

    private void openChats(Chats rest, ChaosScale scale) {
        int senders = scale.senders();
        int groups = Math.max(2, senders / 3);
        List<Integer> lurkers = IntStream.range(senders, clients.size()).boxed().toList();
        for (int g = 0; g < groups; g++) {
            int group = g;
            List<Integer> members = new ArrayList<>(IntStream.range(0, senders)
                    .filter(i -> (i / 2) % groups == group)
                    .boxed()
                    .toList());
            members.addAll(lurkers);
            Api.Session owner = clients.get(members.get(0)).session;
            Api.Session[] others =
                    members.stream().skip(1).map(i -> clients.get(i).session).toArray(Api.Session[]::new);
            long id = rest.group(owner, "chaos " + g, others);
            add(new ChaosChat(id, "/api/v1/group/" + id, members));
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < senders; i++) {
            int other = (i + 3) % senders; // an odd step: the other node
            pairs.add(List.of(Math.min(i, other), Math.max(i, other)));
        }
        for (int lurker : lurkers) {
            int index = lurker - senders;
            pairs.add(List.of((2 * index + 1 - lurker % 2) % senders, lurker));
        }
        for (List<Integer> pair : pairs) {
            long id = rest.open(clients.get(pair.get(0)).session, clients.get(pair.get(1)).session);
            add(new ChaosChat(id, "/api/v1/chat/" + id, pair));
        }
    }

    private void add(ChaosChat chat) {
        chats.add(chat);
        chat.members().forEach(i -> clients.get(i).join(chat));
    }

    private void awaitConnected(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!clients.stream().allMatch(ChaosClient::isSettledIn)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every client had its main socket open within " + within);
            }
            ChaosActions.pause(Duration.ofMillis(100));
        }
    }

    public List<ChaosClient> clients() {
        return clients;
    }

    public List<ChaosChat> chats() {
        return chats;
    }

    public void startLoad() {
        actions.forEach(ChaosActions::start);
    }

    /** Stops the load once every client's message or read under way is acknowledged. */
    public void stopLoad() throws InterruptedException {
        for (ChaosActions action : actions) {
            action.stop();
        }
    }

    /** Clients whose socket is on the other node go back to their own. */
    public void rehome() {
        clients.forEach(ChaosClient::rehome);
    }

    /** The lurker's read pointers per chat (empty for a sender). */
    public Map<Long, Long> readPointers(ChaosClient client) {
        return actions.get(client.index).readPointers();
    }

    /** The stored history of every chat, read over REST. */
    public Map<Long, List<Map<String, Object>>> storedHistory() {
        Map<Long, List<Map<String, Object>>> stored = new java.util.LinkedHashMap<>();
        for (ChaosChat chat : chats) {
            Api.Session member = clients.get(chat.members().get(0)).session;
            stored.put(chat.id(), ChaosActions.history(cluster, json, member, chat));
        }
        return stored;
    }

    /** Waits until every member holds every stored message of its chats (at most {@code within}). */
    public void awaitDelivered(Map<Long, List<Map<String, Object>>> stored, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !allDelivered(stored)) {
            ChaosActions.pause(Duration.ofMillis(200));
        }
    }

    private boolean allDelivered(Map<Long, List<Map<String, Object>>> stored) {
        for (ChaosChat chat : chats) {
            for (int member : chat.members()) {
                Map<Long, Long> held = clients.get(member).messagesOf(chat.id());
                if (held.size() < stored.get(chat.id()).size()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        clients.forEach(ChaosClient::close);
    }

    public Api api() {
        return new Api(cluster.uri(0), json);
    }
}
