package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.thread.ListThreadMessagesService;
import io.parley.application.thread.ListThreadMessagesUseCase;
import io.parley.application.thread.ListThreadsService;
import io.parley.application.thread.ListThreadsUseCase;
import io.parley.application.thread.MarkThreadReadService;
import io.parley.application.thread.MarkThreadReadUseCase;
import jakarta.inject.Singleton;

/** The thread use cases (ADR 0008); thread replies themselves are sends, wired with the other message use cases. */
@Factory
final class ThreadUseCaseFactory {
    @Singleton
    ListThreadMessagesUseCase listThreadMessages(
            ChatRepository chats,
            MessageRepository messages,
            ThreadRepository threads,
            TransactionRunner tx,
            PresenceTracker presence) {
        return new ListThreadMessagesService(chats, messages, threads, tx, presence);
    }

    @Singleton
    ListThreadsUseCase listThreads(ChatRepository chats, ThreadRepository threads, TransactionRunner tx) {
        return new ListThreadsService(chats, threads, tx);
    }

    @Singleton
    MarkThreadReadUseCase markThreadRead(
            ChatRepository chats,
            MessageRepository messages,
            ThreadRepository threads,
            TransactionRunner tx,
            EventPublisher events,
            Clock clock) {
        return new MarkThreadReadService(chats, messages, threads, tx, events, clock);
    }
}
