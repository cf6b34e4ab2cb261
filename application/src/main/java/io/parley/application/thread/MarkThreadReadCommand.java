package io.parley.application.thread;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The actor has read the thread of {@code root} up to {@code threadSeq} (null: up to its newest reply). */
public record MarkThreadReadCommand(UserId actor, ChatAddress chat, MessageId root, Long threadSeq) {
    public MarkThreadReadCommand {
        if (threadSeq != null && threadSeq < 1) {
            throw DomainException.invalid("thread.invalid_read", "thread_seq must be positive");
        }
    }
}
