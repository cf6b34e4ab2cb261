package io.parley.bootstrap.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.outage.chaos.ChaosCheck;
import io.parley.bootstrap.outage.chaos.ChaosCluster;
import io.parley.bootstrap.outage.chaos.ChaosCrowd;
import io.parley.bootstrap.outage.chaos.ChaosLedger;
import io.parley.bootstrap.outage.chaos.ChaosReport;
import io.parley.bootstrap.outage.chaos.ChaosRow;
import io.parley.bootstrap.outage.chaos.ChaosScale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Parley nodes (processes) on one PostgreSQL and one Redis, a crowd of clients on both sending over their main
 * sockets with client ids and resume cursors, and one fault at a time under that load: {@code kill -9} of a node and
 * its restart, Redis killed and started again empty, the database stopped for 10 s. After each, every acknowledged
 * message is stored exactly once with its seq, every member holds every stored message once (live, by resume, or
 * from history after a gap), unread counts are exact, and messages cross nodes again soon after the fault ends.
 * The short form runs in the default build; {@code bench/chaos} runs the long form ({@code -Dparley.chaos=long}).
 */
class ChaosIT {
    private static final Duration DATABASE_STOP = Duration.ofSeconds(10);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);
    private static final int VICTIM = 1;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyAcknowledgedMessageIsStoredAndDeliveredExactlyOnceThroughEachFault() throws Exception {
        ChaosScale scale = ChaosScale.selected();
        ChaosLedger ledger = new ChaosLedger();
        List<ChaosRow> rows = new ArrayList<>();
        try (ChaosCluster cluster = ChaosCluster.start();
                ChaosCrowd crowd = ChaosCrowd.gather(cluster, scale, ledger, JsonMapper.createDefault())) {
            ChaosCheck check = new ChaosCheck(crowd, ledger);

            rows.add(underLoad("kill -9 of a node, restart", scale, crowd, ledger, check, () -> {
                cluster.kill(VICTIM);
                pause(scale.during());
                cluster.startNode(VICTIM);
                ledger.faultEnded();
                crowd.rehome();
            }));
            rows.add(underLoad("Redis killed, restarted empty", scale, crowd, ledger, check, () -> {
                cluster.killRedis();
                pause(scale.during());
                cluster.startRedis();
                ledger.faultEnded();
            }));
            rows.add(underLoad("database stopped for 10 s", scale, crowd, ledger, check, () -> {
                cluster.stopDatabase();
                pause(DATABASE_STOP);
                cluster.startDatabase();
                ledger.faultEnded();
            }));
        } finally {
            ChaosReport.publish(ChaosReport.table(scale, rows));
        }

        SoftAssertions softly = new SoftAssertions();
        for (ChaosRow row : rows) {
            softly.assertThat(row.problems()).as(row.fault() + ": problems").isEmpty();
            softly.assertThat(row.duplicates()).as(row.fault() + ": duplicates").isZero();
            softly.assertThat(row.lost()).as(row.fault() + ": lost deliveries").isZero();
            softly.assertThat(row.stored())
                    .as(row.fault() + ": stored vs acknowledged")
                    .isEqualTo(row.acked());
            softly.assertThat(row.acked())
                    .as(row.fault() + ": acknowledged sends")
                    .isPositive();
            softly.assertThat(row.recovery())
                    .as(row.fault() + ": cross-node delivery after the fault ended")
                    .hasValueSatisfying(d -> assertThat(d).isLessThan(RECOVERY_BOUND));
        }
        softly.assertThat(rows.get(0).reconnects())
                .as("the killed node's clients reconnected elsewhere and back")
                .isGreaterThanOrEqualTo(scale.senders() / 2);
        softly.assertThat(rows.get(2).retries())
                .as("sends refused while the database was away were retried")
                .isPositive();
        softly.assertAll();
    }

    private static ChaosRow underLoad(
            String fault, ChaosScale scale, ChaosCrowd crowd, ChaosLedger ledger, ChaosCheck check, Fault inject)
            throws Exception {
        ledger.begin(fault);
        crowd.startLoad();
        pause(scale.before());
        inject.run();
        pause(scale.after());
        crowd.stopLoad();
        return check.after(fault);
    }

    @FunctionalInterface
    private interface Fault {
        void run() throws Exception;
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
