package io.parley.application.port;

import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.InMemoryMediaRepository;

class InMemoryMediaRepositoryTest extends MediaRepositoryContract {
    private final ConversationFakes fakes = new ConversationFakes();
    private final InMemoryMediaRepository repository = new InMemoryMediaRepository();

    @Override
    protected MediaRepository mediaRepository() {
        return repository;
    }

    @Override
    protected ChatRepository chatRepository() {
        return fakes.store;
    }

    @Override
    protected UserRepository userRepository() {
        return fakes.users;
    }
}
