package io.parley.adapter.rest.thread;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.message.MessageResponse;
import io.parley.application.thread.ThreadItem;
import java.util.List;

/** The caller's threads of a chat, latest reply first: each root (with its {@code thread}) and the read state. */
@Serdeable
public record ThreadListResponse(List<Item> threads) {
    /** One thread: its {@code root}, the caller's {@code read_thread_seq} and {@code unread_count}. */
    @Serdeable
    public record Item(MessageResponse root, long readThreadSeq, long unreadCount) {}

    static ThreadListResponse of(List<ThreadItem> items) {
        return new ThreadListResponse(items.stream()
                .map(i -> new Item(MessageResponse.of(i.root()), i.readThreadSeq(), i.unreadCount()))
                .toList());
    }
}
