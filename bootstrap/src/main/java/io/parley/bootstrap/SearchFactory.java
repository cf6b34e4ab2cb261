package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageSearch;
import io.parley.application.port.TransactionRunner;
import io.parley.application.search.SearchMessagesService;
import io.parley.application.search.SearchMessagesUseCase;
import jakarta.inject.Singleton;

/** Message search as a bean, exposed only as its in-port. */
@Factory
final class SearchFactory {

    @Singleton
    SearchMessagesUseCase searchMessages(
            ChatRepository chats, MessageSearch index, TransactionRunner tx, SearchSettings settings) {
        return new SearchMessagesService(chats, index, tx, settings.limits());
    }
}
