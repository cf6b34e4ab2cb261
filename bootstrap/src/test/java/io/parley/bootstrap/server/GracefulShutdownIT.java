package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.ParleyProcess;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SIGTERM} (what {@code docker stop} and Kubernetes send) to Parley's own JVM on the default install (embedded
 * PostgreSQL): the sockets are told to go elsewhere, the request still arriving finishes, nothing new gets in, and
 * the process ends cleanly.
 */
class GracefulShutdownIT {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final int UPLOAD_BYTES = 640 * 1024;

    @Test
    void sigtermClosesEverySocketWith1001FinishesTheUploadRefusesNewcomersAndExitsCleanly(@TempDir Path work)
            throws Exception {
        try (ParleyProcess parley = ParleyProcess.launch(work, env(work, "20s")).awaitReady()) {
            Api api = new Api(parley.uri(), JSON);
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            long chat = new Chats(api).open(alice, bob);
            List<WsClient> sockets = new ArrayList<>();
            sockets.add(WsClient.open(parley.uri(), JSON, "/api/v1/main", alice.accessToken()));
            sockets.add(WsClient.open(parley.uri(), JSON, "/api/v1/main", bob.accessToken()));
            sockets.add(WsClient.open(parley.uri(), JSON, "/api/v1/chat/" + chat, bob.accessToken()));
            sockets.add(WsClient.open(parley.uri(), JSON, "/api/v1/chat/" + chat + "/call", alice.accessToken()));
            SlowBody body = new SlowBody(UPLOAD_BYTES);
            CompletableFuture<HttpResponse<String>> upload = upload(parley, alice, chat, body);
            assertThat(body.started.await(30, TimeUnit.SECONDS)).isTrue();

            parley.terminate();

            for (int i = 0; i < sockets.size(); i++) {
                WsClient socket = sockets.get(i);
                assertThat(socket.closeCode(Duration.ofSeconds(15)))
                        .as("socket %d (main, main, chat, call)", i)
                        .isEqualTo(1001);
                assertThat(socket.closeReason()).isEqualTo("server shutting down");
            }
            assertThat(refusesConnections(parley, Duration.ofSeconds(5)))
                    .as("a new connection after the shutdown began is refused")
                    .isTrue();
            assertThat(upload.isDone()).as("the upload is still arriving").isFalse();
            HttpResponse<String> uploaded = upload.get(30, TimeUnit.SECONDS);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

            assertThat(parley.awaitExit(Duration.ofSeconds(40)))
                    .as(parley.output())
                    .isZero();
            assertThat(work.resolve("data/postgres/postmaster.pid"))
                    .as("the embedded PostgreSQL was stopped, not left running")
                    .doesNotExist();
            assertThat(parley.outputLines())
                    .as(parley.output())
                    .noneMatch(line -> line.contains(" ERROR "))
                    .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
        }
    }

    @Test
    void aRequestOutlastingTheGracePeriodIsCutAndTheProcessStillExitsWithZero(@TempDir Path work) throws Exception {
        try (ParleyProcess parley = ParleyProcess.launch(work, env(work, "1s")).awaitReady()) {
            Api api = new Api(parley.uri(), JSON);
            Api.Session alice = api.register();
            long chat = new Chats(api).open(alice, api.register());
            // about 40 s at SlowBody's pace: far beyond the grace period
            SlowBody body = new SlowBody(10 * UPLOAD_BYTES);
            CompletableFuture<HttpResponse<String>> upload = upload(parley, alice, chat, body);
            assertThat(body.started.await(30, TimeUnit.SECONDS)).isTrue();
            long signalled = System.nanoTime();

            parley.terminate();

            assertThat(parley.awaitExit(Duration.ofSeconds(20)))
                    .as(parley.output())
                    .isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(10));
            assertThat(upload.handle((reply, broken) -> broken != null || reply.statusCode() != 200)
                            .get(30, TimeUnit.SECONDS))
                    .as("the upload was cut")
                    .isTrue();
            assertThat(work.resolve("data/postgres/postmaster.pid")).doesNotExist();
            // Micronaut logs the cut request as an error (its body fails after the executors stopped); a request
            // that outlasts the grace period is the one case with an ERROR line (docs/operations.md#shutdown)
            assertThat(parley.output()).contains("Timeout hit in graceful shutdown, forcing stop");
        }
    }

    /** The default install in {@code work}, with the grace period given; on CI's Redis pass, fanning out via Redis. */
    private static Map<String, String> env(Path work, String grace) {
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_DATA_DIR", work.resolve("data").toString());
        env.put("PARLEY_SHUTDOWN_GRACE", grace);
        if (TestServer.REDIS_URL != null) {
            env.put("PARLEY_REDIS_URL", TestServer.REDIS_URL);
            env.put("PARLEY_REDIS_NAMESPACE", "shutdown-" + UUID.randomUUID());
        }
        return env;
    }

    /** Starts uploading {@code body} as a file into {@code chat}; the reply comes once it has all arrived. */
    private static CompletableFuture<HttpResponse<String>> upload(
            ParleyProcess parley, Api.Session who, long chat, SlowBody body) {
        return HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(parley.uri().resolve("/api/v1/chat/" + chat + "/file"))
                                .header("Authorization", "Bearer " + who.accessToken())
                                .header("Content-Type", body.contentType())
                                .POST(HttpRequest.BodyPublishers.fromPublisher(
                                        HttpRequest.BodyPublishers.ofInputStream(() -> body), body.length()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** True once connecting to the server's port is refused, within {@code timeout}. */
    private static boolean refusesConnections(ParleyProcess parley, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", parley.uri().getPort()), 1000);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException other) {
                // a timeout: try again
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A multipart form with one PDF padded to a size, trickling out in 16 KiB pieces every 100 ms. */
    private static final class SlowBody extends InputStream {
        private final String contentType;
        private final InputStream bytes;
        private final int length;
        private final CountDownLatch started = new CountDownLatch(1);
        private int sent;

        SlowBody(int size) {
            byte[] pdf = MediaFixtures.pdf();
            byte[] padded = new byte[size];
            System.arraycopy(pdf, 0, padded, 0, pdf.length);
            Multipart form = new Multipart().file("files", "big.pdf", "application/octet-stream", padded);
            byte[] content = form.bytes();
            this.contentType = form.contentType();
            this.bytes = new ByteArrayInputStream(content);
            this.length = content.length;
        }

        String contentType() {
            return contentType;
        }

        long length() {
            return length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (sent > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            int read = bytes.read(buffer, offset, Math.min(count, 16 * 1024));
            if (read > 0) {
                sent += read;
                if (sent >= 64 * 1024) {
                    started.countDown();
                }
            }
            return read;
        }
    }
}
