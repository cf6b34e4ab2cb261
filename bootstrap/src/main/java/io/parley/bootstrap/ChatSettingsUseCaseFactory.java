package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.chat.ChangeChatSettingsService;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import jakarta.inject.Singleton;

/** The per-member chat settings use case (mute, archive). */
@Factory
final class ChatSettingsUseCaseFactory {
    @Singleton
    ChangeChatSettingsUseCase changeChatSettings(
            ChatRepository chats, TransactionRunner tx, EventPublisher events, Clock clock) {
        return new ChangeChatSettingsService(chats, tx, events, clock);
    }
}
