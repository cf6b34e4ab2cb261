package io.parley.bootstrap.outage.chaos;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Frames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks after one fault, with the load stopped: every acknowledged send is stored exactly once with the seq its
 * ack named, every chat's seqs run 1, 2, 3, … without a hole; every member holds every stored message (waiting a
 * while for late deliveries); unread counts in the chat list are exactly what the read pointers leave.
 */
public final class ChaosCheck {
    private static final Duration SETTLE = Duration.ofSeconds(20);
    private final ChaosCrowd crowd;
    private final ChaosLedger ledger;

    public ChaosCheck(ChaosCrowd crowd, ChaosLedger ledger) {
        this.crowd = crowd;
        this.ledger = ledger;
    }

    public ChaosRow after(String fault) {
        List<String> problems = new ArrayList<>();
        Map<Long, List<Map<String, Object>>> stored = crowd.storedHistory();
        crowd.awaitDelivered(stored, SETTLE);
        stored = crowd.storedHistory();
        int duplicates = 0;
        Map<String, Map<String, Object>> byClientId = new HashMap<>();
        for (Map.Entry<Long, List<Map<String, Object>>> chat : stored.entrySet()) {
            long expectedSeq = 1;
            for (Map<String, Object> message : chat.getValue()) {
                if (Frames.number(message, "seq") != expectedSeq) {
                    problems.add("chat " + chat.getKey() + " has seq " + message.get("seq") + " where " + expectedSeq
                            + " belongs");
                }
                expectedSeq = Frames.number(message, "seq") + 1;
                String clientId = (String) message.get("client_id");
                if (byClientId.put(clientId, message) != null) {
                    duplicates++;
                    problems.add(clientId + " is stored twice");
                }
                if (ledger.send(clientId) == null) {
                    problems.add("message " + message.get("id") + " (" + clientId + ") was stored, never sent");
                }
            }
        }
        int acked = 0;
        for (ChaosLedger.Send send : ledger.sendsOf(ledger.phase())) {
            Map<String, Object> message = byClientId.get(send.clientId);
            if (!send.acked) {
                problems.add(send.clientId + " was never acknowledged");
            } else if (message == null) {
                problems.add(send.clientId + " was acknowledged (id " + send.id + ") but is not stored");
            } else if (Frames.number(message, "id") != send.id || Frames.number(message, "seq") != send.seq) {
                problems.add(send.clientId + " was acknowledged as id " + send.id + " seq " + send.seq
                        + " but is stored as " + message.get("id") + " seq " + message.get("seq"));
            } else {
                acked++;
            }
        }
        int storedNow = 0;
        int delivered = 0;
        int expected = 0;
        for (ChaosChat chat : crowd.chats()) {
            for (Map<String, Object> message : stored.get(chat.id())) {
                ChaosLedger.Send send = ledger.send((String) message.get("client_id"));
                if (send == null || !send.phase.equals(ledger.phase())) {
                    continue;
                }
                storedNow++;
                for (int member : chat.members()) {
                    expected++;
                    ChaosClient client = crowd.clients().get(member);
                    Long seq = client.messagesOf(chat.id()).get(Frames.number(message, "id"));
                    if (Objects.equals(seq, Frames.number(message, "seq"))) {
                        delivered++;
                    } else if (problems.size() < 50) {
                        problems.add(client.name() + " on node " + client.home + "'s side never got " + send.clientId
                                + " (chat " + chat.id() + ", seq " + message.get("seq") + ")");
                    }
                }
            }
        }
        problems.addAll(unreadMismatches(stored));
        int retries = 0;
        int reconnects = 0;
        int gaps = 0;
        for (ChaosClient client : crowd.clients()) {
            duplicates += client.duplicates.getAndSet(0);
            client.outOfOrder.set(0);
            retries += client.retries.getAndSet(0);
            reconnects += client.reconnects.getAndSet(0);
            gaps += client.gaps.getAndSet(0);
        }
        problems.addAll(ledger.drainProblems());
        return new ChaosRow(
                fault,
                acked,
                storedNow,
                delivered,
                expected,
                duplicates,
                expected - delivered,
                ledger.recoveryTime(),
                retries,
                reconnects,
                gaps,
                problems);
    }

    /** Each client's chat list against the stored history: unread = others' messages after its read pointer. */
    private List<String> unreadMismatches(Map<Long, List<Map<String, Object>>> stored) {
        List<String> mismatches = new ArrayList<>();
        Api api = crowd.api();
        for (ChaosClient client : crowd.clients()) {
            Api.Reply list = api.get("/api/v1/chats?limit=200", client.session.accessToken());
            if (list.status() != 200) {
                mismatches.add(client.name() + "'s chat list answered " + list);
                continue;
            }
            Map<Long, Long> pointers = crowd.readPointers(client);
            for (Map<String, Object> room : list.list("rooms")) {
                long chat = Frames.number(room, "id");
                long me = client.session.userId();
                List<Map<String, Object>> messages = stored.getOrDefault(chat, List.of());
                long pointer = Math.max(
                        pointers.getOrDefault(chat, 0L),
                        messages.stream()
                                .filter(m -> Frames.number(m, "user_id") == me)
                                .mapToLong(m -> Frames.number(m, "seq"))
                                .max()
                                .orElse(0));
                long unread = messages.stream()
                        .filter(m -> Frames.number(m, "user_id") != me && Frames.number(m, "seq") > pointer)
                        .count();
                if (Frames.number(room, "unread_count") != unread) {
                    mismatches.add(client.name() + " sees " + room.get("unread_count") + " unread in chat " + chat
                            + ", but " + unread + " messages of others follow its read pointer " + pointer);
                }
            }
        }
        return mismatches;
    }
}
