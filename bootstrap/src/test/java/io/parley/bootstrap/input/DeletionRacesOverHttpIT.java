package io.parley.bootstrap.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sends and uploads racing the deletion of their chat or group lose cleanly (404, or they made it in before), and
 * parallel pictures of one file name all get a name of their own: never a 500, never a folder left behind.
 */
class DeletionRacesOverHttpIT {
    private static final int RACERS = 8;
    private static final int ROUNDS = 10;
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Path mediaRoot = TestServer.DATA_DIR.resolve("media").toAbsolutePath();

    private static List<Api.Reply> race(List<Callable<Api.Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sendsRacingAGroupDeletionAreStoredOrGet404() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            long group = chats.group(alice, "Doomed", bob);
            List<Callable<Api.Reply>> requests = new ArrayList<>();
            requests.add(() -> api.delete("/api/v1/group/" + group, alice.accessToken()));
            for (int i = 0; i < RACERS; i++) {
                String text = "m" + i;
                requests.add(() -> api.postJson(
                        "/api/v1/group/" + group + "/messages", java.util.Map.of("text", text), bob.accessToken()));
            }
            List<Api.Reply> replies = race(requests);
            assertThat(replies.get(0).status()).as(replies.get(0).toString()).isBetween(200, 204);
            for (Api.Reply send : replies.subList(1, replies.size())) {
                assertThat(send.status()).as(send.toString()).isIn(201, 404);
                if (send.status() == 404) {
                    assertThat(send.error()).isEqualTo("group.not_found");
                }
            }
            assertThat(api.get("/api/v1/group/" + group + "/messages", bob.accessToken())
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void uploadsRacingAChatDeletionAreTakenOrGet404AndLeaveNoFolder() throws Exception {
        byte[] png = MediaFixtures.image("png", 8, 8);
        for (int round = 0; round < ROUNDS; round++) {
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            long chat = chats.open(alice, bob);
            List<Callable<Api.Reply>> requests = new ArrayList<>();
            requests.add(() -> api.delete("/api/v1/chat/" + chat, alice.accessToken()));
            for (int i = 0; i < RACERS; i++) {
                Multipart form = new Multipart().file("photos", "p" + i + ".png", "image/png", png);
                requests.add(() ->
                        api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), bob.accessToken()));
            }
            List<Api.Reply> replies = race(requests);
            assertThat(replies.get(0).status()).as(replies.get(0).toString()).isBetween(200, 204);
            for (Api.Reply upload : replies.subList(1, replies.size())) {
                assertThat(upload.status()).as(upload.toString()).isIn(200, 404);
            }
            assertThat(mediaRoot.resolve("chats/" + chat)).doesNotExist();
        }
    }

    @Test
    void parallelPicturesWithOneFileNameAllGetANameOfTheirOwn() throws Exception {
        byte[] png = MediaFixtures.image("png", 8, 8);
        Api.Session alice = api.register();
        List<Callable<Api.Reply>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS * 2; i++) {
            Multipart form = new Multipart().file("photo", "me.png", "image/png", png);
            requests.add(() -> api.post("/api/v1/user/avatar", form.contentType(), form.bytes(), alice.accessToken()));
        }
        List<Api.Reply> replies = race(requests);
        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(api.get("/api/v1/user/avatar/urls", alice.accessToken()).strings())
                .hasSize(RACERS * 2)
                .doesNotHaveDuplicates();
    }
}
