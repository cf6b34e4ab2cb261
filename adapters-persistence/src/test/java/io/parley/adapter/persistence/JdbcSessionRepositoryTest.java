package io.parley.adapter.persistence;

import io.parley.application.port.SessionRepository;
import io.parley.application.port.SessionRepositoryContract;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.DisplayName;
import io.parley.domain.user.PasswordHash;
import io.parley.domain.user.ProfileDescription;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;

class JdbcSessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected SessionRepository repository() {
        return PersistenceContext.shared().getBean(SessionRepository.class);
    }

    @Override
    protected UserId existingUser() {
        UserRepository users = PersistenceContext.shared().getBean(UserRepository.class);
        UserId id = users.nextId();
        PersistenceContext.inTransaction(() -> users.add(User.register(id, Username.of("session_owner_" + id),
                null, DisplayName.of("Owner"), ProfileDescription.EMPTY, new PasswordHash("h"), NOW)));
        return id;
    }
}
