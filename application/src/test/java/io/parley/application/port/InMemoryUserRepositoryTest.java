package io.parley.application.port;

import io.parley.application.fake.InMemoryUserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
    @Override
    protected UserRepository repository() {
        return new InMemoryUserRepository();
    }
}
