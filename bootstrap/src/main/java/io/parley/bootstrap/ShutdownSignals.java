package io.parley.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops Parley in order on {@code SIGTERM} (what {@code docker stop} and Kubernetes send) and {@code SIGINT} (Ctrl-C):
 * the server's graceful shutdown first, the embedded PostgreSQL last, then the JVM exits with 0. Without this the
 * JVM's shutdown hooks run all at once, and the embedded PostgreSQL's own hook stops the database while requests still
 * use it. The hooks still run at the exit, and find everything stopped. See docs/adr/0007-framework-workarounds.md.
 */
final class ShutdownSignals {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignals.class);

    private ShutdownSignals() {}

    /** From now on {@code SIGTERM} and {@code SIGINT} close {@code parley} and exit; a repeated signal is ignored. */
    static void install(Parley parley) {
        AtomicBoolean stopping = new AtomicBoolean();
        // sun.misc.Signal (module jdk.unsupported) is the JDK's only way to act on a signal before the exit begins
        Signal.handle(new Signal("TERM"), signal -> stop(parley, signal, stopping));
        Signal.handle(new Signal("INT"), signal -> stop(parley, signal, stopping));
    }

    private static void stop(Parley parley, Signal signal, AtomicBoolean stopping) {
        if (!stopping.compareAndSet(false, true)) {
            LOG.info("SIG{} received; the shutdown is under way already", signal.getName());
            return;
        }
        LOG.info("SIG{} received: shutting down", signal.getName());
        int status = 0;
        try {
            parley.close();
            LOG.info("Parley stopped");
        } catch (RuntimeException e) {
            LOG.error("Parley did not stop cleanly", e);
            status = 1;
        }
        System.exit(status);
    }
}
