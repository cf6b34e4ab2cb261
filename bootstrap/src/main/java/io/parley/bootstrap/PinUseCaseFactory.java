package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.message.ListPinnedMessagesService;
import io.parley.application.message.ListPinnedMessagesUseCase;
import io.parley.application.message.PinMessageService;
import io.parley.application.message.PinMessageUseCase;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PinRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import jakarta.inject.Singleton;

/** The pinned-message use cases, with the per-chat pin limit from {@link LimitSettings}. */
@Factory
final class PinUseCaseFactory {
    @Singleton
    PinMessageUseCase pinMessage(
            ChatRepository chats,
            MessageRepository messages,
            PinRepository pins,
            TransactionRunner tx,
            EventPublisher events,
            LimitSettings limits,
            Clock clock) {
        return new PinMessageService(chats, messages, pins, tx, events, limits.pinsPerChat(), clock);
    }

    @Singleton
    ListPinnedMessagesUseCase listPinnedMessages(
            ChatRepository chats, PinRepository pins, TransactionRunner tx, PresenceTracker presence) {
        return new ListPinnedMessagesService(chats, pins, tx, presence);
    }
}
