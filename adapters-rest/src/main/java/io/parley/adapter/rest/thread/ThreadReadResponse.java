package io.parley.adapter.rest.thread;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.thread.ThreadReadState;

/** The caller's read state in a thread after {@code POST …/read}. */
@Serdeable
public record ThreadReadResponse(String status, long readThreadSeq, long unreadCount) {
    static ThreadReadResponse of(ThreadReadState state) {
        return new ThreadReadResponse("ok", state.readThreadSeq(), state.unreadCount());
    }
}
