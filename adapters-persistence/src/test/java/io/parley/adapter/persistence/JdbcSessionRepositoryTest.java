package io.parley.adapter.persistence;

import static io.parley.domain.testdata.UserBuilder.aUser;

import io.parley.application.port.SessionRepository;
import io.parley.application.port.SessionRepositoryContract;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.UserId;

class JdbcSessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected SessionRepository repository() {
        return PersistenceContext.shared().getBean(SessionRepository.class);
    }

    @Override
    protected UserId existingUser() {
        UserRepository users = PersistenceContext.shared().getBean(UserRepository.class);
        UserId id = users.nextId();
        PersistenceContext.inTransaction(
                () -> users.add(aUser().named("session_owner_" + id).build(id)));
        return id;
    }
}
