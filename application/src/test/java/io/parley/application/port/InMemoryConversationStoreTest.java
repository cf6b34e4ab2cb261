package io.parley.application.port;

import io.parley.application.fake.ConversationFakes;

class InMemoryConversationStoreTest extends ConversationFeedContract {
    private final ConversationFakes fakes = new ConversationFakes();

    @Override
    protected ChatRepository chatRepository() {
        return fakes.store;
    }

    @Override
    protected MessageRepository messageRepository() {
        return fakes.store;
    }

    @Override
    protected UserRepository userRepository() {
        return fakes.users;
    }

    /** Through a runner that undoes the store's changes when the work throws, as a database rollback would. */
    @Override
    protected void write(Runnable work) {
        fakes.transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
