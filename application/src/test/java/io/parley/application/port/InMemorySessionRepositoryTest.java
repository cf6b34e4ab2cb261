package io.parley.application.port;

import io.parley.application.fake.InMemorySessionRepository;
import io.parley.domain.user.UserId;
import java.util.concurrent.atomic.AtomicLong;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
    private final AtomicLong users = new AtomicLong();

    @Override
    protected SessionRepository repository() {
        return new InMemorySessionRepository();
    }

    @Override
    protected UserId existingUser() {
        return UserId.of(users.incrementAndGet());
    }
}
