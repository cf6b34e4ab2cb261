package io.parley.domain.message;

import java.util.Objects;

/**
 * Where a reply sits in a thread: the thread's root (a message of the same conversation that is in no thread itself)
 * and the reply's number there, gap-free from 1 per thread.
 */
public record ThreadPlace(MessageId root, long threadSeq) {
    public ThreadPlace {
        Objects.requireNonNull(root, "root");
        if (threadSeq <= 0) {
            throw new IllegalArgumentException("thread_seq must be positive");
        }
    }
}
