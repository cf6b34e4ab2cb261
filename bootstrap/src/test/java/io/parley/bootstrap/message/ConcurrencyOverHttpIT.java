package io.parley.bootstrap.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Racing clients over the wire: seqs stay gap-free, retries stay single, a pair stays with one chat. */
class ConcurrencyOverHttpIT {
    private static final int SENDERS = 4;
    private static final int MESSAGES_EACH = 25;
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    /** Starts all tasks at the same moment on their own threads and returns their results. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelSendersIntoOneGroupGetSeqsOneToNWithoutGapsOrDuplicates() throws Exception {
        Api.Session owner = api.register();
        List<Api.Session> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(api.register());
        }
        String group = "/api/v1/group/" + chats.group(owner, "Busy", senders.toArray(Api.Session[]::new));
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (Api.Session sender : senders) {
            tasks.add(() -> {
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < MESSAGES_EACH; i++) {
                    seqs.add(Chats.seq(chats.send(sender, group, "msg " + i)));
                }
                return seqs;
            });
        }

        List<List<Long>> perSender = race(tasks);

        long total = (long) SENDERS * MESSAGES_EACH;
        List<Long> all = perSender.stream().flatMap(List::stream).sorted().toList();
        assertThat(all)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
        perSender.forEach(seqs -> assertThat(seqs).isSorted());
        List<Map<String, Object>> history = chats.history(owner, group);
        assertThat(history)
                .extracting(Chats::seq)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
    }

    @Test
    void racingRetriesWithOneClientIdStoreOneMessageAndAllGetIt() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        List<Callable<Api.Reply>> retries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            retries.add(() -> api.postJson(
                    chat + "/messages", Map.of("text", "exactly once", "client_id", "dup-1"), alice.accessToken()));
        }

        List<Api.Reply> replies = race(retries);

        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies)
                .extracting(r -> Chats.id(r.json()))
                .containsOnly(Chats.id(replies.get(0).json()));
        assertThat(replies).extracting(r -> r.header("Idempotent-Replayed")).containsOnlyOnce((String) null);
        assertThat(chats.history(bob, chat)).hasSize(1);
        assertThat(Chats.seq(chats.send(bob, chat, "next"))).isEqualTo(2);
    }

    @Test
    void bothSidesOpeningAtOnceEndUpInOneChat() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        List<Callable<Long>> openers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            openers.add(() -> chats.open(alice, bob));
            openers.add(() -> chats.open(bob, alice));
        }

        List<Long> ids = race(openers);

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(api.get("/api/v1/chats", alice.accessToken()).list("rooms")).hasSize(1);
    }
}
