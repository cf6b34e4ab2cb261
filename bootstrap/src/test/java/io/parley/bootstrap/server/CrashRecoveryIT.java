package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.ParleyProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default install (embedded PostgreSQL in the data directory) after a crash: {@code kill -9} of the Parley JVM
 * leaves its PostgreSQL running as an orphan, and the next start on the same directory must still work.
 */
class CrashRecoveryIT {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @Test
    void everyMessageAcknowledgedBeforeAKill9IsThereAfterTheNextStart(@TempDir Path work) throws IOException {
        Path data = work.resolve("data");
        Map<String, String> env = Map.of("PARLEY_DATA_DIR", data.toString());
        List<String> acknowledged = new ArrayList<>();
        Api.Session alice;
        Api.Session bob;
        String chat;
        try (ParleyProcess first = ParleyProcess.launch(work, env).awaitReady()) {
            Api api = new Api(first.uri(), JSON);
            Chats chats = new Chats(api);
            alice = api.register();
            bob = api.register();
            chat = "/api/v1/chat/" + chats.open(alice, bob);
            for (int i = 1; i <= 20; i++) {
                // each send returned 201: acknowledged
                acknowledged.add(chats.send(i % 2 == 0 ? bob : alice, chat, "m" + i)
                        .get("text")
                        .toString());
            }
            first.kill9();
        }
        long orphan = postmasterPid(data);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed JVM's PostgreSQL is still running")
                .contains(true);

        try (ParleyProcess second = ParleyProcess.launch(work, env).awaitReady()) {
            Chats chats = new Chats(new Api(second.uri(), JSON));
            assertThat(chats.history(alice, chat))
                    .extracting(m -> m.get("text"))
                    .containsExactlyElementsOf(acknowledged);
            assertThat(chats.history(bob, chat))
                    .extracting(Chats::seq)
                    .hasSize(20)
                    .doesNotHaveDuplicates();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        } finally {
            // whatever happened above, no PostgreSQL outlives the test
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aSecondParleyOnTheSameDataDirectoryStopsWithOneLineNamingTheFirst(@TempDir Path work) {
        Path data = work.resolve("data");
        Map<String, String> env = Map.of("PARLEY_DATA_DIR", data.toString());
        try (ParleyProcess first = ParleyProcess.launch(work, env).awaitReady();
                ParleyProcess second = ParleyProcess.launch(work, env)) {
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(second.outputLines())
                    .as(second.output())
                    .singleElement()
                    .asString()
                    .contains("data directory " + data.toAbsolutePath())
                    .contains("is in use by process " + first.pid());
            assertThat(new Api(first.uri(), JSON).get("/health", null).status()).isEqualTo(200);
        }
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(0)
                .strip());
    }
}
