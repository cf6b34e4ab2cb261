package io.parley.adapter.persistence;

import io.parley.application.port.ChatRepository;
import io.parley.application.port.ConversationFeedContract;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.UserRepository;

class JdbcConversationStoreTest extends ConversationFeedContract {
    @Override
    protected ChatRepository chatRepository() {
        return PersistenceContext.shared().getBean(ChatRepository.class);
    }

    @Override
    protected MessageRepository messageRepository() {
        return PersistenceContext.shared().getBean(MessageRepository.class);
    }

    @Override
    protected UserRepository userRepository() {
        return PersistenceContext.shared().getBean(UserRepository.class);
    }

    @Override
    protected void write(Runnable work) {
        PersistenceContext.inTransaction(work);
    }
}
