package io.parley.adapter.persistence;

import io.parley.application.port.UserRepository;
import io.parley.application.port.UserRepositoryContract;

class JdbcUserRepositoryTest extends UserRepositoryContract {
    @Override
    protected UserRepository repository() {
        return PersistenceContext.shared().getBean(UserRepository.class);
    }

    @Override
    protected void write(Runnable work) {
        PersistenceContext.inTransaction(work);
    }
}
