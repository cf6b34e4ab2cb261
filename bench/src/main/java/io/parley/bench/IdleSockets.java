package io.parley.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workload C: {@code sockets} idle main sockets, ten per user (users in groups of 10, so each socket's user has a
 * chat), opened 32 at a time; the server's heap after a full collection and its RSS are read before and after, and
 * the difference is divided by the number of sockets. Sockets closed by the server during the run are counted.
 */
final class IdleSockets {
    static final int SOCKETS_PER_USER = 10;

    record Result(
            int sockets,
            int closed,
            double openSeconds,
            long heapBefore,
            long heapAfter,
            long rssBefore,
            long rssAfter) {
        double heapKibPerSocket() {
            return (heapAfter - heapBefore) / 1024.0 / sockets;
        }

        double rssKibPerSocket() {
            return (rssAfter - rssBefore) / 1024.0 / sockets;
        }

        String line() {
            return String.format(
                    "workload C: %,d idle main sockets (opened in %.1f s, %d closed by the server): heap after GC %.0f → %.0f"
                            + " MiB = %.1f KiB per socket; RSS %.0f → %.0f MiB = %.1f KiB per socket",
                    sockets,
                    openSeconds,
                    closed,
                    heapBefore / 1048576.0,
                    heapAfter / 1048576.0,
                    heapKibPerSocket(),
                    rssBefore / 1048576.0,
                    rssAfter / 1048576.0,
                    rssKibPerSocket());
        }
    }

    private IdleSockets() {}

    static Result run(ServerUnderTest parley, int sockets) throws Exception {
        int users = Math.max(SOCKETS_PER_USER, sockets / SOCKETS_PER_USER);
        Population population = Population.create(
                new Rest(parley.base()), users / 10, 10, "c" + Long.toString(System.nanoTime() % 1_000_000, 36));
        AtomicInteger closed = new AtomicInteger();
        MainSocket.Listener idle = new MainSocket.Listener() {
            @Override
            public void onFrame(int userIndex, String frame, long arrivedNanos) {}

            @Override
            public void onClosed(int userIndex) {
                closed.incrementAndGet();
            }
        };
        long heapBefore = parley.heapAfterGc();
        long rssBefore = parley.residentBytes();
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ExecutorService openers = Executors.newFixedThreadPool(32);
        List<MainSocket> open = new ArrayList<>();
        try {
            long began = System.nanoTime();
            List<Future<MainSocket>> pending = new ArrayList<>();
            for (int i = 0; i < users * SOCKETS_PER_USER; i++) {
                Population.User user = population.users.get(i % population.users.size());
                pending.add(openers.submit(() -> MainSocket.open(loop, parley.base(), user, idle)));
            }
            for (Future<MainSocket> socket : pending) {
                open.add(socket.get(60, TimeUnit.SECONDS));
            }
            double openSeconds = (System.nanoTime() - began) / 1e9;
            // lets the connect-time frames (unread messages, presence) drain before measuring
            Thread.sleep(3000);
            return new Result(
                    open.size(),
                    closed.get(),
                    openSeconds,
                    heapBefore,
                    parley.heapAfterGc(),
                    rssBefore,
                    parley.residentBytes());
        } finally {
            openers.shutdownNow();
            open.forEach(MainSocket::close);
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }
    }
}
